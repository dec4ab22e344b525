import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CollectionUID } from '../constants';
import { getService } from '../get-service';
import createParamsGuard from './params-guard';

/** The core controller's edge, which the lookup by slug shares with findOne. */
interface CoreEdge {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<Record<string, unknown>>;
  sanitizeOutput(data: unknown, ctx: Context): Promise<unknown>;
  transformResponse(data: unknown, meta?: object): unknown;
}

/**
 * Strapi's core collection controller for one of the plugin's types (find, findOne, create,
 * update, delete: validation, sanitization, `api.rest` settings, response formats, all Strapi's
 * own), extended with the lookup by current or former slug.
 */
export const collectionController = (uid: CollectionUID) =>
  factories.createCoreController(uid, ({ strapi }) => {
    const guard = createParamsGuard(strapi);
    return {
      /** findOne by slug: findOne's validation, sanitization and parameter checks (see params-guard), then the lookup. */
      async findBySlug(ctx: Context) {
        const core = this as unknown as CoreEdge;
        await core.validateQuery(ctx);
        const query = await core.sanitizeQuery(ctx);
        guard.check(uid, query);
        const { entry, meta } = await getService(strapi, 'slug-lookup').findBySlug(uid, ctx.params.slug, query);
        return core.transformResponse(await core.sanitizeOutput(entry, ctx), meta);
      },
    };
  });
