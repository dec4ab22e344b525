import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { DerivedFields } from '../services/byline-text';
import { getService } from '../utils/get-service';
import { resultDocumentId, type DocumentMiddleware } from './types';

const ARTICLE_WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);
const SERVER_OWNED = ['bylineText', 'originalPublishedAt'];

type Row = { id?: unknown } & Partial<DerivedFields>;

/** The caller gets the rows as they are now stored, not as they were before the refresh. */
const patchResult = (result: unknown, fresh: Map<number, DerivedFields>): void => {
  const entries = (result as { entries?: unknown } | null)?.entries;
  const rows = (Array.isArray(entries) ? entries : [result]) as Array<Row | null>;
  for (const row of rows) {
    const fields = typeof row?.id === 'number' ? fresh.get(row.id) : undefined;
    if (row && fields) Object.assign(row, fields);
  }
};

/**
 * Keeps `bylineText` and `originalPublishedAt` true after any write that can change them: an
 * article's own writes, and a byline renamed or deleted under articles that credit it.
 */
export const derivedFields =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    const bylineText = getService(strapi, 'byline-text');

    if (uid === UID.article && ARTICLE_WRITES.has(action)) {
      if (params.data) params.data = Object.fromEntries(Object.entries(params.data).filter(([k]) => !SERVER_OWNED.includes(k)));
      const result = await next();
      const documentId = resultDocumentId(result, params);
      if (documentId) patchResult(result, await bylineText.refreshArticles([documentId]));
      return result;
    }

    const renamesOrDeletes = action === 'delete' || (action === 'update' && 'name' in (params.data ?? {}));
    if (uid === UID.byline && renamesOrDeletes && typeof params.documentId === 'string') {
      const before = await bylineText.articlesCiting([params.documentId]);
      const result = await next();
      await bylineText.refreshArticles(before);
      return result;
    }
    return next();
  };
