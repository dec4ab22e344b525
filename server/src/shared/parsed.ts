import { errors } from '@strapi/utils';

/**
 * Validation at the controller edge, for every feature: pure parsers return `Parsed`, and the
 * controller turns a failure into Strapi's 400 with `valid`.
 */

/** A field-level problem, in the shape Strapi's ValidationError details use. */
export interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The problem of one field. */
export const fieldError = (field: string, message: string): FieldError => ({ path: [field], message, name: 'ValidationError' });

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Largest row id: Strapi's id columns are 32-bit integers on PostgreSQL and MySQL, where a larger
 * value is a database error (a 500), not a row that is missing.
 */
export const MAX_ROW_ID = 2147483647;

/** A row id from a JSON number or a numeric string (path, query, body): 1 to MAX_ROW_ID, else null. */
export const parseId = (value: unknown): number | null => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ROW_ID ? id : null;
};

/** A parse result's value, or a 400 with every field's problem in Strapi's error details. */
export const valid = <T>(parsed: Parsed<T>): T => {
  if (parsed.ok) return parsed.value;
  throw new errors.ValidationError(parsed.errors.map((e) => e.message).join('; '), { errors: parsed.errors });
};
