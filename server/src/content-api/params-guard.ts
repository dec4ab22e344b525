import type { Core } from '@strapi/strapi';
import { errors, isOperatorOfType } from '@strapi/utils';

/**
 * Shapes of REST parameters that Strapi's content-API validation lets through but its query layer
 * or database cannot take (Strapi 5.54): they end in a 500, and some of them, inside a write's
 * transaction, never end at all (a hung request holding the database, or the plugin's slug lock).
 * The plugin's REST routes check the sanitized parameters here (filters as Strapi itself converts
 * them for the query layer) before the document service runs, and answer a 400 (ValidationError).
 *
 * Everything Strapi refuses itself (unknown keys and operators, private fields, bad pagination)
 * is left to Strapi, so those answers stay Strapi's own. See README, "Differences from Strapi's
 * core routes", and tests/integration/parity.test.ts.
 */

type Params = Record<string, unknown>;

/** An attribute as the database layer sees it (the one `filters` are resolved against). */
interface DbAttribute {
  type: string;
  target?: string;
}

const invalid = (path: string, expected: string): never => {
  throw new errors.ValidationError(`Invalid parameter at '${path}'. ${expected}`);
};

const isRecord = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** PostgreSQL refuses a NUL character in text (and in JSON): no parameter may carry one. */
const rejectNul = (value: unknown, path: string): void => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) invalid(path, 'Text may not contain a NUL character');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => rejectNul(item, `${path}[${index}]`));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) invalid(path, 'Keys may not contain a NUL character');
      rejectNul(item, `${path}[${key}]`);
    }
  }
};

const INTEGER_TYPES = new Set(['increments', 'integer', 'biginteger']);
const NUMBER_TYPES = new Set(['float', 'decimal']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
const SCALAR_TYPES = new Set([
  ...INTEGER_TYPES,
  ...NUMBER_TYPES,
  ...TEXT_TYPES,
  'json',
  'blocks',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
]);
const JSON_TYPES = new Set(['json', 'blocks']);
/** What PostgreSQL can apply to a JSON column: a null test, or a case-insensitive text match (a cast). */
const JSON_OPERATORS = new Set(['$null', '$notNull', '$eqi', '$nei', '$containsi', '$notContainsi', '$startsWithi', '$endsWithi']);
/** Compare a column with a plain `LIKE`: on PostgreSQL, text columns only. */
const CASE_SENSITIVE_LIKE = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);

/** Column ranges: PostgreSQL refuses an out-of-range integer instead of matching nothing. */
const INT32 = BigInt('2147483647');
const INT64 = BigInt('9223372036854775807');
const isInteger = (value: unknown, type = 'integer'): boolean => {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d{1,19}$/.test(text)) return false;
  const big = BigInt(text);
  const max = type === 'biginteger' ? INT64 : INT32;
  return big <= max && big >= -max - BigInt(1);
};
const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

const createParamsGuard = (strapi: Core.Strapi) => {
  const dbAttributes = (uid: string): Record<string, DbAttribute> =>
    (strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0])?.attributes ?? {}) as Record<
      string,
      DbAttribute
    >;

  /** A value compared with a scalar column (null is "no value", as Strapi reads it). */
  const scalarValue = (value: unknown, type: string, operator: string, path: string): void => {
    if (!isScalar(value)) invalid(path, 'Expected a single value');
    if (JSON_TYPES.has(type) && !JSON_OPERATORS.has(operator)) invalid(path, `${operator} does not apply to JSON attributes`);
    if (value === null || operator === '$null' || operator === '$notNull') return;
    if (INTEGER_TYPES.has(type) && !isInteger(value, type)) invalid(path, 'Expected an integer in range');
    if (NUMBER_TYPES.has(type) && !isNumber(value)) invalid(path, 'Expected a number');
  };

  /** `filters[<scalar attribute>]`: a value, a list of values, or operators on values. */
  const attributeCondition = (condition: unknown, type: string, path: string, operator = '$eq'): void => {
    if (Array.isArray(condition)) {
      condition.forEach((value, index) => {
        if (isRecord(value)) attributeCondition(value, type, `${path}[${index}]`);
        else scalarValue(value, type, operator, `${path}[${index}]`);
      });
      return;
    }
    if (!isRecord(condition)) {
      scalarValue(condition, type, operator, path);
      return;
    }
    for (const [key, value] of Object.entries(condition)) {
      const at = `${path}[${key}]`;
      if (!isOperatorOfType('where', key) || key === '$jsonSupersetOf') invalid(at, `Unknown operator ${key}`);
      if (CASE_SENSITIVE_LIKE.has(key) && !TEXT_TYPES.has(type)) invalid(at, `${key} applies to text attributes only`);
      if (key === '$not') {
        attributeCondition(value, type, at);
      } else if (key === '$between') {
        if (!Array.isArray(value) || value.length !== 2) invalid(at, 'Expected a list of two values');
        (value as unknown[]).forEach((item, index) => scalarValue(item, type, key, `${at}[${index}]`));
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => scalarValue(item, type, key, `${at}[${index}]`));
      } else {
        scalarValue(value, type, key, at);
      }
    }
  };

  /** `filters[<relation>]`: ids, one operator on ids, a group, or a condition on the target. */
  const relationCondition = (condition: unknown, target: string, path: string): void => {
    if (!isRecord(condition)) {
      attributeCondition(condition, 'increments', path);
      return;
    }
    const keys = Object.keys(condition);
    const operators = keys.filter((key) => key.startsWith('$'));
    if (operators.length === 0) {
      where(condition, target, path);
      return;
    }
    if (operators.length !== keys.length) invalid(path, 'Operators and attributes cannot be mixed on a relation');
    if (operators.length > 1) invalid(path, 'Expected one operator on a relation');
    const [operator] = operators;
    if (isOperatorOfType('group', operator) || operator === '$not') where(condition, target, path);
    else attributeCondition(condition, 'increments', path);
  };

  /** A `filters` object (or a list of them) on the type `uid`, as Strapi's query layer reads it. */
  const where = (filters: unknown, uid: string, path: string): void => {
    if (Array.isArray(filters)) {
      filters.forEach((item, index) => where(item, uid, `${path}[${index}]`));
      return;
    }
    if (!isRecord(filters)) invalid(path, 'Expected an object');
    const attributes = dbAttributes(uid);
    for (const [key, value] of Object.entries(filters as Params)) {
      const at = `${path}[${key}]`;
      if (key === '$and' || key === '$or') {
        if (!Array.isArray(value)) invalid(at, 'Expected an array');
        (value as unknown[]).forEach((item, index) => where(item, uid, `${at}[${index}]`));
        continue;
      }
      if (key === '$not') {
        where(value, uid, at);
        continue;
      }
      if (key.startsWith('$')) invalid(at, 'Only $and, $or and $not may combine conditions');
      const attribute = attributes[key];
      if (!attribute) continue; // Strapi's own validation answers for unknown keys.
      if (attribute.type === 'relation' && attribute.target) relationCondition(value, attribute.target, at);
      else if (SCALAR_TYPES.has(attribute.type)) attributeCondition(value, attribute.type, at);
      else invalid(at, `Attributes of type ${attribute.type} cannot be filtered`);
    }
  };

  /** `populate`, as Strapi converts it: per relation, its own `where` (from `filters`), `populate` and `on` fragments. */
  const populate = (value: unknown, uid: string, path: string): void => {
    if (!isRecord(value)) return;
    const attributes = dbAttributes(uid);
    for (const [key, entry] of Object.entries(value)) {
      if (!isRecord(entry)) continue;
      const target = attributes[key]?.target;
      if (target) nested(entry, target, `${path}[${key}]`);
      else if (isRecord(entry.on)) {
        for (const [component, fragment] of Object.entries(entry.on)) {
          if (isRecord(fragment)) nested(fragment, component, `${path}[${key}][on][${component}]`);
        }
      }
    }
  };

  const nested = (entry: Params, uid: string, path: string): void => {
    if (entry.where !== undefined) {
      if (!isRecord(entry.where)) invalid(`${path}[filters]`, 'Expected an object');
      rejectNul(entry.where, `${path}[filters]`);
      where(entry.where, uid, `${path}[filters]`);
    }
    if (entry.populate !== undefined) populate(entry.populate, uid, `${path}[populate]`);
    if (isRecord(entry.on)) {
      for (const [component, fragment] of Object.entries(entry.on)) {
        if (isRecord(fragment)) nested(fragment, component, `${path}[on][${component}]`);
      }
    }
  };

  /** One element of a relation input: an id, a documentId, or `{ id | documentId, locale, status, position }`. */
  const relationItem = (item: unknown, path: string): void => {
    if (typeof item === 'string') return;
    if (typeof item === 'number') {
      if (!isInteger(item)) invalid(path, 'Expected an integer id or a documentId');
      return;
    }
    if (!isRecord(item)) invalid(path, 'Expected an id, a documentId or an object');
    const { id, documentId, locale, status, position } = item as Params;
    if (id !== undefined && !isInteger(id)) invalid(`${path}.id`, 'Expected an integer');
    if (documentId !== undefined && typeof documentId !== 'string') invalid(`${path}.documentId`, 'Expected a string');
    if (locale !== undefined && locale !== null && typeof locale !== 'string') invalid(`${path}.locale`, 'Expected a string');
    if (status !== undefined && typeof status !== 'string') invalid(`${path}.status`, 'Expected a string');
    if (position !== undefined) {
      if (!isRecord(position)) invalid(`${path}.position`, 'Expected an object');
      for (const key of ['before', 'after'] as const) {
        const anchor = (position as Params)[key];
        if (anchor !== undefined && typeof anchor !== 'string' && !isInteger(anchor)) {
          invalid(`${path}.position.${key}`, 'Expected an id or a documentId');
        }
      }
      for (const key of ['locale', 'status'] as const) {
        const text = (position as Params)[key];
        if (text !== undefined && text !== null && typeof text !== 'string') invalid(`${path}.position.${key}`, 'Expected a string');
      }
    }
  };

  const relationItems = (value: unknown, path: string): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) value.forEach((item, index) => relationItem(item, `${path}[${index}]`));
    else relationItem(value, path);
  };

  /** A relation or media attribute in `data`: ids, or `{ connect, disconnect, set, options }`. */
  const relationInput = (value: unknown, path: string): void => {
    if (isRecord(value) && ['connect', 'disconnect', 'set', 'options'].some((key) => key in value)) {
      for (const key of ['connect', 'disconnect', 'set']) relationItems(value[key], `${path}.${key}`);
      return;
    }
    relationItems(value, path);
  };

  const data = (input: unknown, uid: string): void => {
    if (!isRecord(input)) return; // Strapi answers for a missing or malformed `data` itself.
    rejectNul(input, 'data');
    const { attributes } = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]);
    for (const [name, attribute] of Object.entries(attributes) as Array<[string, { type: string }]>) {
      const value = input[name];
      if (value === undefined) continue;
      if (attribute.type === 'uid' && value !== null && typeof value !== 'string') invalid(`data.${name}`, 'Expected a string');
      if (attribute.type === 'relation' || attribute.type === 'media') relationInput(value, `data.${name}`);
    }
  };

  /** Strapi's own conversion of `filters` and `populate` into the query layer's `where`, as the document service does it. */
  const toQuery = (uid: string, params: Params): Params => {
    const queryParams = strapi.get('query-params') as { transform(uid: string, params: Params): Params };
    try {
      return queryParams.transform(uid, params);
    } catch (error) {
      if (error instanceof errors.ValidationError) throw error;
      throw new errors.ValidationError(error instanceof Error ? error.message : 'Invalid query parameters');
    }
  };

  return {
    /**
     * Checks the sanitized parameters of a REST call on `uid`. A create or update (`write`) reads
     * no `filters` nor `_q` (Strapi ignores them there), only `locale`, `populate` and `data`.
     */
    check(uid: string, params: Params, { write = false }: { write?: boolean } = {}): void {
      const { data: input, locale, populate: populated } = params;
      const search = write ? undefined : params._q;
      const filters = write ? undefined : params.filters;
      if (search !== undefined) {
        if (typeof search !== 'string') invalid('_q', 'Expected a string');
        rejectNul(search, '_q');
      }
      if (locale !== undefined) {
        const locales = Array.isArray(locale) ? locale.flat(Infinity) : [locale];
        if (!locales.every((item) => typeof item === 'string' || item === null)) invalid('locale', 'Expected a string');
        rejectNul(locale, 'locale');
      }
      if (filters !== undefined || populated !== undefined) {
        const query = toQuery(uid, {
          ...(filters !== undefined ? { filters } : {}),
          ...(populated !== undefined ? { populate: populated } : {}),
        });
        if (query.where !== undefined) {
          // A list at the root is merged into the document service's own conditions as keys "0", "1"…
          if (!isRecord(query.where)) invalid('filters', 'Expected an object');
          rejectNul(query.where, 'filters');
          where(query.where, uid, 'filters');
        }
        if (query.populate !== undefined) populate(query.populate, uid, 'populate');
      }
      if (input !== undefined) data(input, uid);
    },

    /**
     * A listing's `pagination[start]`: beyond 2^53 it is no longer an integer in JavaScript, and
     * the databases refuse the offset (Strapi clamps the other paging values itself).
     */
    checkPagination(params: Params): void {
      const start = isRecord(params.pagination) ? params.pagination.start : undefined;
      if (start === undefined || start === null || start === '') return;
      const number = Number(start);
      if (!Number.isNaN(number) && !(Math.abs(number) <= Number.MAX_SAFE_INTEGER)) {
        invalid('pagination[start]', `Expected an integer up to ${Number.MAX_SAFE_INTEGER}`);
      }
    },
  };
};

export type ParamsGuard = ReturnType<typeof createParamsGuard>;
export default createParamsGuard;
