import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

type Attribute = { type?: string; target?: string; component?: string; components?: string[] };
type Model = { attributes?: Record<string, Attribute> };
type Lookup = (uid: string) => Model | undefined;

/** The models an attribute leads to: a relation's target, a component, a dynamic zone's components. */
const targetsOf = (attribute: Attribute | undefined): string[] => {
  if (!attribute) return [];
  if (attribute.type === 'relation' && attribute.target) return [attribute.target];
  if (attribute.type === 'component' && attribute.component) return [attribute.component];
  if (attribute.type === 'dynamiczone') return attribute.components ?? [];
  return [];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where a query can reach article rows: through relations to articles (from any type, and an
 * article's own `localizations`), components and dynamic zones, at any depth. Pure over a model
 * lookup, so the rules read the schema exactly as Strapi does.
 */
export const createArticlePaths = (getModel: Lookup) => {
  const reachCache = new Map<string, boolean>();

  const search = (uid: string, seen: Set<string>): boolean => {
    if (seen.has(uid)) return false;
    seen.add(uid);
    const attributes = getModel(uid)?.attributes ?? {};
    return Object.values(attributes).some((attribute) =>
      targetsOf(attribute).some((target) => target === UID.article || search(target, seen))
    );
  };

  /** Can any populate from `uid` reach articles? */
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
    const attributes = getModel(uid)?.attributes ?? {};
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
    const targets = targetsOf(getModel(uid)?.attributes?.[path[0]]);
    return targets.includes(UID.article) || targets.some((target) => pathReaches(target, path.slice(1)));
  };

  /**
   * `filters` where every condition that joins article rows through a relation also requires
   * those rows to be published, so a filter cannot test the text of a draft.
   */
  const publishedOnlyFilters = (uid: string, filters: unknown): unknown => {
    if (Array.isArray(filters)) return filters.map((item) => publishedOnlyFilters(uid, item));
    if (!isRecord(filters)) return filters;
    const attributes = getModel(uid)?.attributes ?? {};
    return Object.fromEntries(
      Object.entries(filters).map(([key, value]) => {
        if (key.startsWith('$')) return [key, publishedOnlyFilters(uid, value)];
        const attribute = attributes[key];
        const [target] = targetsOf(attribute);
        if (!target || !isRecord(value)) return [key, value];
        const inner = publishedOnlyFilters(target, value);
        if (attribute?.type === 'relation' && target === UID.article) {
          return [key, { $and: [inner, { publishedAt: { $notNull: true } }] }];
        }
        return [key, inner];
      })
    );
  };

  return { reaches, populateReaches, publishedOnlyFilters };
};

export type ArticlePaths = ReturnType<typeof createArticlePaths>;

/** The paths over this Strapi's content types and components. */
export const articlePathsOf = (strapi: Core.Strapi): ArticlePaths =>
  createArticlePaths((uid) => strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as Model | undefined);
