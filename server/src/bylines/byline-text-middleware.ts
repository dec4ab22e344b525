import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { patchResult, resultDocumentId, type DocumentMiddleware } from '../shared/document-middleware';

const ARTICLE_WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Keeps `bylineText` true after any write that can change it: an article's own writes, and a
 * byline renamed or deleted under articles that credit it; in the write's own transaction.
 */
export const bylineTextMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    const bylineText = getService(strapi, 'byline-text');

    if (uid === UID.article && ARTICLE_WRITES.has(action)) {
      if (params.data) delete params.data.bylineText; // server-owned
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = resultDocumentId(result, params);
        if (documentId) patchResult(result, await bylineText.refresh([documentId]));
        return result;
      });
    }

    const renamesOrDeletes = action === 'delete' || (action === 'update' && 'name' in (params.data ?? {}));
    if (uid === UID.byline && renamesOrDeletes && typeof params.documentId === 'string') {
      const bylineId = params.documentId;
      return strapi.db.transaction(async () => {
        const before = await bylineText.articlesCiting([bylineId]);
        const result = await next();
        await bylineText.refresh(before);
        return result;
      });
    }
    return next();
  };
