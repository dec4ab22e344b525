import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { patchResult, resultDocumentId, resultRows, type DocumentMiddleware } from '../shared/document-middleware';

const ARTICLE_WRITES = new Set(['create', 'update', 'clone']);

/** `commentCount` is the server's: never taken from a write; a copy of an article starts with none. */
export const commentCountMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if (uid !== UID.article || !ARTICLE_WRITES.has(action)) return next();
    if (params.data) delete params.data.commentCount;
    if (action !== 'clone') return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = resultDocumentId(result, params);
      if (documentId) {
        await strapi.db.query(UID.article).updateMany({ where: { documentId }, data: { commentCount: 0 } });
        const ids = resultRows(result).map((row) => row.id).filter((id): id is number => typeof id === 'number');
        patchResult(result, new Map(ids.map((id) => [id, { commentCount: 0 }])));
      }
      return result;
    });
  };
