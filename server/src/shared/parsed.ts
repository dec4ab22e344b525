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

/** A parse result's value, or a 400 with every field's problem in Strapi's error details. */
export const valid = <T>(parsed: Parsed<T>): T => {
  if (parsed.ok) return parsed.value;
  throw new errors.ValidationError(parsed.errors.map((e) => e.message).join('; '), { errors: parsed.errors });
};
