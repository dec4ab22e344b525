import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { valid } from '../../shared/parsed';
import { UID } from '../../constants';
import { getService } from '../../get-service';
import { parsePreviewQuery } from './rules/preview-input';

/** The article's core controller edge: its response format (v5, or v4 on request), so the answers match. */
interface CoreEdge {
  /** Async in Strapi 5.54 (source maps), so awaited. */
  transformResponse(data: unknown, meta?: object): Promise<unknown> | unknown;
}

/** The relations the route may populate (see parsePreviewQuery), as Users & Permissions scopes. */
const READABLE_SCOPES = new Set([`${UID.byline}.find`]);

/**
 * Who a link's holder is to Strapi's output sanitization: a client who may read the populated
 * bylines, as a trusted client may (without an auth, Strapi drops every relation). The route
 * populates nothing else, so this reaches nothing else.
 */
const PREVIEW_AUTH = {
  strategy: {
    name: 'newsroom-preview',
    verify: async (_auth: unknown, config: { scope?: string | string[] } = {}) => {
      const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
      if (!scopes.some((scope) => scope !== undefined && READABLE_SCOPES.has(scope))) throw new errors.ForbiddenError();
    },
  },
  credentials: null,
};

/** One answer for an unknown, tampered, expired or revoked token, a deleted draft, and previews off. */
const notFound = () => new errors.NotFoundError('Not Found');

/** GET /api/newsroom/previews/:token: the draft a link names, as the article REST route answers it. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    // Whatever the answer, it is for this holder only: no cache, no index, no token in a Referer.
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.set('Referrer-Policy', 'no-referrer');
    const links = getService(strapi, 'preview-links');
    const link = links.enabled() ? await links.resolve(ctx.params.token) : null;
    if (!link) throw notFound();
    const { populate } = valid(parsePreviewQuery(ctx.query as Record<string, unknown>));
    const entry = await getService(strapi, 'preview-drafts').draft(link, populate);
    if (!entry) throw notFound();
    const sanitized = await strapi.contentAPI.sanitize.output(entry, strapi.contentType(UID.article), { auth: PREVIEW_AUTH });
    ctx.body = await (strapi.controller(UID.article) as unknown as CoreEdge).transformResponse(sanitized);
  },
});
