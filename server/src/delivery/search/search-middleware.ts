import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { getService } from '../../get-service';
import { WRITE_ACTIONS, resultDocumentId, type DocumentMiddleware } from '../../shared/document-middleware';

/**
 * Keeps the search index current on every article write — create, update, clone, publish,
 * unpublish, discard draft, delete, from the admin, REST, GraphQL, the scheduler or a seed — in the
 * write's own transaction: after it, the index holds exactly the document's published rows. It is
 * registered outside the other article middlewares, so it sees the rows as they finally are.
 */
export const searchIndexMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if (uid !== UID.article || !WRITE_ACTIONS.has(action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = resultDocumentId(result, params);
      if (documentId) await getService(strapi, 'search-index').sync([documentId]);
      return result;
    });
  };
