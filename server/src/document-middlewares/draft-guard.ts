import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
export const DRAFTS_REFUSED = 'Drafts are not available to this client; only published articles are';

/**
 * Keeps article drafts away from the public and users-permissions roles on every path that reads
 * through the document service: REST, GraphQL and other plugins alike.
 */
export const draftGuard =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const asksForDrafts = ctx.params.status !== 'published';
    if (ctx.uid === UID.article && READS.has(ctx.action) && asksForDrafts) {
      if (!getService(strapi, 'draft-access').canReadDrafts()) {
        // A PolicyError (a ForbiddenError) keeps its message: Strapi's router turns any other
        // ForbiddenError thrown under a route into a bare "Forbidden".
        throw new errors.PolicyError(DRAFTS_REFUSED, { policy: 'newsroom::published-only' });
      }
    }
    return next();
  };
