import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

type Attribute = {
  type?: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
};
type Model = { attributes?: Record<string, Attribute> };
type Lookup = (uid: string) => Model | undefined;
type Row = Record<string, unknown>;

const FILE = 'plugin::upload.file';

/** The models an attribute leads to: a relation's target, a component, a dynamic zone's components. */
const targetsOf = (attribute: Attribute | undefined): string[] => {
  if (!attribute) return [];
  if (attribute.type === 'relation' && attribute.target) return [attribute.target];
  if (attribute.type === 'component' && attribute.component) return [attribute.component];
  if (attribute.type === 'dynamiczone') return attribute.components ?? [];
  return [];
};

const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operators of a `filters` object: Strapi's (`$and`, `$notNull`) or GraphQL's (`and`, `notNull`). */
export interface FilterDialect {
  isOperator(key: string): boolean;
  and: string;
  notNull: string;
}
export const QUERY_FILTERS: FilterDialect = { isOperator: (key) => key.startsWith('$'), and: '$and', notNull: '$notNull' };
export const GRAPHQL_FILTERS: FilterDialect = {
  isOperator: (key) => key === 'and' || key === 'or' || key === 'not',
  and: 'and',
  notNull: 'notNull',
};

/**
 * Where a query can reach article rows: through relations to articles (from any type, and an
 * article's own `localizations`), components and dynamic zones, at any depth. Pure over a model
 * lookup, so the rules read the schema exactly as Strapi does.
 */
export const createArticlePaths = (getModel: Lookup) => {
  const reachCache = new Map<string, boolean>();
  const attributesOf = (uid: string) => getModel(uid)?.attributes ?? {};

  const search = (uid: string, seen: Set<string>): boolean => {
    if (seen.has(uid)) return false;
    seen.add(uid);
    return Object.values(attributesOf(uid)).some((attribute) =>
      targetsOf(attribute).some((target) => target === UID.article || search(target, seen))
    );
  };

  /** Can any populate, filter or sort from `uid` reach articles? */
  const reaches = (uid: string): boolean => {
    let result = reachCache.get(uid);
    if (result === undefined) {
      result = search(uid, new Set());
      reachCache.set(uid, result);
    }
    return result;
  };

  /** Does this `populate` parameter (string, list, `*`, or nested object form) load article rows? */
  const populateReaches = (uid: string, populate: unknown): boolean => {
    if (populate === undefined || populate === null || populate === false) return false;
    if (populate === true || populate === '*') return reaches(uid);
    if (typeof populate === 'string') return populate.split(',').some((path) => pathReaches(uid, path.trim().split('.')));
    if (Array.isArray(populate)) return populate.some((item) => populateReaches(uid, item));
    if (!isRecord(populate)) return false;
    const attributes = attributesOf(uid);
    return Object.entries(populate).some(([key, value]) => {
      if (value === false) return false;
      const targets = targetsOf(attributes[key]);
      if (targets.includes(UID.article)) return true;
      const nested = isRecord(value) ? value : undefined;
      const fragments = isRecord(nested?.on) ? Object.entries(nested.on) : [];
      return (
        targets.some((target) => populateReaches(target, nested ? nested.populate : value === true ? undefined : value)) ||
        fragments.some(([component, sub]) => populateReaches(component, isRecord(sub) ? sub.populate : sub))
      );
    });
  };

  const pathReaches = (uid: string, path: string[]): boolean => {
    if (path.length === 0 || path[0] === '') return false;
    if (path[0] === '*') return reaches(uid);
    const targets = targetsOf(attributesOf(uid)[path[0]]);
    return targets.includes(UID.article) || targets.some((target) => pathReaches(target, path.slice(1)));
  };

  /** Does a relation on the way of this attribute path (`articles.title`, `lead.article.title`) join article rows? */
  const joinsArticles = (uid: string, path: string[]): boolean => {
    if (path.length === 0) return false;
    const attribute = attributesOf(uid)[path[0]];
    if (!attribute) return false;
    if (attribute.type === 'relation' && attribute.target === UID.article) return true;
    if (attribute.type === 'relation' && attribute.target) return joinsArticles(attribute.target, path.slice(1));
    if (attribute.type === 'component' && attribute.component) return joinsArticles(attribute.component, path.slice(1));
    return false;
  };

  /**
   * Does this `sort` (`'a.b:desc'`, `'a,b'`, a list, `{ a: { b: 'asc' } }`) order rows by a field of
   * related articles? Such a sort joins article rows whatever their status (Strapi cannot restrict
   * the join), so the order would tell something about drafts.
   */
  const sortJoinsArticles = (uid: string, sort: unknown): boolean => {
    if (typeof sort === 'string') {
      return sort.split(',').some((item) => joinsArticles(uid, item.trim().split(':')[0].split('.')));
    }
    if (Array.isArray(sort)) return sort.some((item) => sortJoinsArticles(uid, item));
    if (!isRecord(sort)) return false;
    const attributes = attributesOf(uid);
    return Object.entries(sort).some(([key, value]) => {
      const attribute = attributes[key];
      if (attribute?.type === 'relation' && attribute.target === UID.article) return true;
      const [target] = targetsOf(attribute);
      return Boolean(target) && isRecord(value) && sortJoinsArticles(target, value);
    });
  };

  /**
   * `filters` where every condition that joins article rows through a relation also requires
   * those rows to be published, so a filter cannot test the text of a draft.
   */
  const publishedOnlyFilters = (uid: string, filters: unknown, dialect: FilterDialect = QUERY_FILTERS): unknown => {
    if (Array.isArray(filters)) return filters.map((item) => publishedOnlyFilters(uid, item, dialect));
    if (!isRecord(filters)) return filters;
    const attributes = attributesOf(uid);
    return Object.fromEntries(
      Object.entries(filters).map(([key, value]) => {
        const attribute = attributes[key];
        if (!attribute && dialect.isOperator(key)) return [key, publishedOnlyFilters(uid, value, dialect)];
        const [target] = targetsOf(attribute);
        if (!target || !isRecord(value)) return [key, value];
        const inner = publishedOnlyFilters(target, value, dialect);
        if (attribute?.type === 'relation' && target === UID.article) {
          // Operators straight on a relation (`articles[$eq]=1`) test the related id: inside `$and` they must say so.
          const keys = Object.keys(inner as Row);
          const onIds = keys.length > 0 && keys.every((k) => dialect.isOperator(k) && !['$and', '$or', '$not'].includes(k));
          return [key, { [dialect.and]: [onIds ? { id: inner } : inner, { publishedAt: { [dialect.notNull]: true } }] }];
        }
        return [key, inner];
      })
    );
  };

  /** A `populate` whose nested `filters` (at any depth, fragments included) hold articles to published rows too. */
  const publishedOnlyPopulate = (uid: string, populate: unknown): unknown => {
    if (!isRecord(populate)) return populate;
    const attributes = attributesOf(uid);
    return Object.fromEntries(
      Object.entries(populate).map(([key, value]) => {
        const [target] = targetsOf(attributes[key]);
        if (!isRecord(value)) return [key, value];
        const next: Row = { ...value };
        if (target && next.filters !== undefined) next.filters = publishedOnlyFilters(target, next.filters);
        if (target && next.populate !== undefined) next.populate = publishedOnlyPopulate(target, next.populate);
        if (isRecord(next.on)) {
          next.on = Object.fromEntries(
            Object.entries(next.on).map(([fragment, sub]) => {
              if (!isRecord(sub)) return [fragment, sub];
              const subNext: Row = { ...sub };
              if (subNext.filters !== undefined) subNext.filters = publishedOnlyFilters(fragment, subNext.filters);
              if (subNext.populate !== undefined) subNext.populate = publishedOnlyPopulate(fragment, subNext.populate);
              return [fragment, subNext];
            })
          );
        }
        return [key, next];
      })
    );
  };

  /** Does a `populate` sort its rows (at any depth) by a field of related articles? */
  const populateSortJoinsArticles = (uid: string, populate: unknown): boolean => {
    if (!isRecord(populate)) return false;
    const attributes = attributesOf(uid);
    return Object.entries(populate).some(([key, value]) => {
      if (!isRecord(value)) return false;
      const [target] = targetsOf(attributes[key]);
      const fragments = isRecord(value.on) ? Object.entries(value.on) : [];
      return (
        (Boolean(target) && (sortJoinsArticles(target, value.sort) || populateSortJoinsArticles(target, value.populate))) ||
        fragments.some(
          ([fragment, sub]) =>
            isRecord(sub) && (sortJoinsArticles(fragment, sub.sort) || populateSortJoinsArticles(fragment, sub.populate))
        )
      );
    });
  };

  /**
   * Does a `populate` count the rows of a polymorphic relation (a media's `related`)? Strapi counts
   * those rows whatever their status, so the count would tell how many article drafts use a file.
   */
  const populateCountsPolymorphic = (uid: string, populate: unknown): boolean => {
    if (!isRecord(populate)) return false;
    const attributes = attributesOf(uid);
    return Object.entries(populate).some(([key, value]) => {
      const attribute = attributes[key];
      if (!attribute || !isRecord(value)) return false;
      if (attribute.type === 'relation' && !attribute.target) return value.count === true || value.count === 'true';
      const target = attribute.type === 'media' ? FILE : targetsOf(attribute)[0];
      const fragments = isRecord(value.on) ? Object.entries(value.on) : [];
      return (
        (Boolean(target) && populateCountsPolymorphic(target, value.populate)) ||
        fragments.some(([fragment, sub]) => isRecord(sub) && populateCountsPolymorphic(fragment, sub.populate))
      );
    });
  };

  /** The model of one nested value of `attribute`: a relation's target, a morph item's `__type`, a file, a component. */
  const childModel = (attribute: Attribute, item: Row): string | undefined => {
    if (attribute.type === 'relation') return attribute.target ?? (typeof item.__type === 'string' ? item.__type : undefined);
    if (attribute.type === 'media') return FILE;
    if (attribute.type === 'component') return attribute.component;
    if (attribute.type === 'dynamiczone') return typeof item.__component === 'string' ? item.__component : undefined;
    return undefined;
  };

  /**
   * Walks a result of `uid` (one row or a list) through every populated relation, polymorphic
   * relation (media `related` too), component and dynamic zone, and calls `keep` on each article
   * row found below the root; a row it refuses is removed from its list, or replaced by null.
   */
  const pruneNestedArticles = (uid: string, result: unknown, keep: (row: Row) => boolean): void => {
    const visitRow = (model: string, row: Row): void => {
      const attributes = attributesOf(model);
      for (const [key, value] of Object.entries(row)) {
        const attribute = attributes[key];
        if (!attribute || value === null || typeof value !== 'object') continue;
        if (Array.isArray(value)) {
          row[key] = value.filter((item) => visitChild(attribute, item));
        } else if (!visitChild(attribute, value as Row)) {
          row[key] = null;
        }
      }
    };
    const visitChild = (attribute: Attribute, item: unknown): boolean => {
      if (!isRecord(item)) return true;
      if (!('id' in item) && 'count' in item) return true; // `populate[x][count]=true`
      const model = childModel(attribute, item);
      if (!model) return true;
      if (model === UID.article && !keep(item)) return false;
      visitRow(model, item);
      return true;
    };
    const rows = Array.isArray(result) ? result : [result];
    for (const row of rows) if (isRecord(row)) visitRow(uid, row);
  };

  return {
    reaches,
    populateReaches,
    sortJoinsArticles,
    populateSortJoinsArticles,
    populateCountsPolymorphic,
    publishedOnlyFilters,
    publishedOnlyPopulate,
    pruneNestedArticles,
  };
};

export type ArticlePaths = ReturnType<typeof createArticlePaths>;

/** The paths over this Strapi's content types and components. */
export const articlePathsOf = (strapi: Core.Strapi): ArticlePaths =>
  createArticlePaths((uid) => strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as Model | undefined);

/**
 * Removes every article draft nested anywhere in a result of `uid` (see `pruneNestedArticles`).
 * Whether a row is published is read from the database by id, so a row populated without its
 * `publishedAt` (a `fields` selection) or through a polymorphic relation, where Strapi applies no
 * status, is judged all the same; a row without an id is removed.
 */
export const dropNestedArticleDrafts = async (strapi: Core.Strapi, paths: ArticlePaths, uid: string, result: unknown): Promise<void> => {
  if (result === null || typeof result !== 'object') return;
  const ids = new Set<number | string>();
  paths.pruneNestedArticles(uid, result, (row) => {
    if (typeof row.id === 'number' || typeof row.id === 'string') ids.add(row.id);
    return true;
  });
  if (ids.size === 0) return;
  const published: Array<{ id: number | string }> = await strapi.db.query(UID.article).findMany({
    where: { id: { $in: [...ids] }, publishedAt: { $notNull: true } },
    select: ['id'],
  });
  const keep = new Set(published.map((row) => String(row.id)));
  paths.pruneNestedArticles(uid, result, (row) => row.id != null && keep.has(String(row.id)));
};
