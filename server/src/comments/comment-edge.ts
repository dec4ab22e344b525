import { errors } from '@strapi/utils';
import type { Parsed } from './rules/comment-input';

/** A parse result's value, or a 400 with every field's problem in Strapi's error details. */
export const valid = <T>(parsed: Parsed<T>): T => {
  if (parsed.ok) return parsed.value;
  throw new errors.ValidationError(parsed.errors.map((e) => e.message).join('; '), { errors: parsed.errors });
};
