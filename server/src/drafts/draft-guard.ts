import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { getService } from '../get-service';
import type { DocumentMiddleware } from '../shared/document-middleware';
import { articlePathsOf, dropNestedArticleDrafts, type ArticlePaths } from './article-paths';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);
export const DRAFTS_REFUSED = 'Drafts are not available to this client; only published articles are';
export const PUBLICATION_FILTER_REFUSED =
  'publicationFilter and hasPublishedVersion are not available to this client on articles';

// A PolicyError (a ForbiddenError) keeps its message: Strapi's router turns any other
// ForbiddenError thrown under a route into a bare "Forbidden". GraphQL answers it as FORBIDDEN.
export const refuse = (message = DRAFTS_REFUSED): never => {
  throw new errors.PolicyError(message, { policy: 'newsroom::published-only' });
};

/** The fields a client that may not read drafts gets back from a write that left a draft. */
export const RECEIPT_FIELDS = ['id', 'documentId', 'locale', 'publishedAt'] as const;

type Row = Record<string, unknown>;
const isDraftRow = (row: unknown): row is Row =>
  typeof row === 'object' && row !== null && (row as Row).publishedAt == null;
const receipt = (row: Row): Row => Object.fromEntries(RECEIPT_FIELDS.map((field) => [field, row[field] ?? null]));

/** A write's result with every draft row cut down to its receipt (a document, or `{ entries }`). */
export const withDraftReceipts = (result: unknown): unknown => {
  const entries = (result as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries)) {
    return { ...(result as Row), entries: entries.map((row) => (isDraftRow(row) ? receipt(row) : row)) };
  }
  return isDraftRow(result) ? receipt(result) : result;
};

export const SORT_REFUSED = 'Sorting by a field of related articles is not available to this client';
export const COUNT_REFUSED = "Counting a polymorphic relation (a file's related) is not available to this client";

/**
 * Keeps article drafts away from clients that may not read them (the public and users-permissions
 * roles, read-only tokens by default) on every path through the document service, whatever type
 * is asked for: an article read that is not of published rows, a read or write of any type whose
 * `populate` loads article drafts (relations, components, dynamic zones, localizations), filters
 * that would test a draft's text through a relation (at the root and inside `populate`), sorts by
 * a field of related articles, the publication filters that tell which articles have unpublished
 * edits, article drafts Strapi populates without a status (polymorphic relations such as a
 * media's `related`), and the answer of an article write that leaves a draft.
 */
export const draftGuard = (strapi: Core.Strapi): DocumentMiddleware => {
  let paths: ArticlePaths | undefined;
  const articlePaths = () => (paths ??= articlePathsOf(strapi));

  return async (ctx, next) => {
    const { uid, action, params } = ctx;
    const isRead = READS.has(action);
    if (!isRead && !WRITES.has(action)) return next();
    if (getService(strapi, 'draft-access').canReadDrafts()) return next();
    const rules = articlePaths();
    const isArticle = uid === UID.article;

    if (isRead) {
      const touchesArticles = isArticle || rules.populateReaches(uid, params.populate);
      if (touchesArticles && params.status !== 'published') refuse();
      if (touchesArticles && (params.publicationFilter !== undefined || params.hasPublishedVersion !== undefined)) {
        refuse(PUBLICATION_FILTER_REFUSED);
      }
    } else if (!isArticle && rules.populateReaches(uid, params.populate) && params.status !== 'published') {
      // The answer of this write would carry article drafts: refused before anything is written.
      refuse();
    }
    if (rules.sortJoinsArticles(uid, params.sort) || rules.populateSortJoinsArticles(uid, params.populate)) {
      refuse(SORT_REFUSED);
    }
    if (rules.populateCountsPolymorphic(uid, params.populate)) refuse(COUNT_REFUSED);
    if (params.filters !== undefined) params.filters = rules.publishedOnlyFilters(uid, params.filters);
    if (params.populate !== undefined) params.populate = rules.publishedOnlyPopulate(uid, params.populate);

    // An article write that left a draft answers with its receipt; every answer loses nested drafts.
    const result = !isRead && isArticle ? withDraftReceipts(await next()) : await next();
    const entries = (result as { entries?: unknown } | null)?.entries;
    await dropNestedArticleDrafts(strapi, rules, uid, Array.isArray(entries) ? entries : result);
    return result;
  };
};
