import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { patchResult, resultDocumentId, type DocumentMiddleware } from '../shared/document-middleware';

const ARTICLE_WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

/** Keeps `originalPublishedAt` true after every article write, in the write's own transaction. */
export const firstPublicationMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if (uid !== UID.article || !ARTICLE_WRITES.has(action)) return next();
    if (params.data) delete params.data.originalPublishedAt; // server-owned
    const firstPublication = getService(strapi, 'first-publication');
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = resultDocumentId(result, params);
      if (!documentId) return result;
      // A clone's rows carry their source's date; the copy itself was never published.
      if (action === 'clone') await firstPublication.forget(documentId);
      patchResult(result, await firstPublication.refresh([documentId]));
      return result;
    });
  };
