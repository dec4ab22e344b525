import { factories, type Core } from '@strapi/strapi';
import { COLLECTIONS, type CollectionUID } from '../constants';

type BySlugController = { findBySlug(ctx: unknown): Promise<unknown> };

type Route = Core.RouteInput;

/**
 * Public REST routes, under /api/newsroom: Strapi's core routes for each collection (with their
 * request schemas, so `api.rest.strictParams` applies), plus a lookup by slug per collection.
 * Access follows Users & Permissions and API tokens.
 */
const collectionRoutes = (strapi: Core.Strapi, uid: CollectionUID): Route[] => {
  const core = factories.createCoreRouter(uid).routes as Route[];
  const findOne = core.find((route) => route.handler === `${uid}.findOne`) as Route;
  const { params: _documentId, ...request } = (findOne.request ?? {}) as Record<string, unknown>;
  const bySlug: Route = {
    ...findOne,
    path: findOne.path.replace('/:id', '/by-slug/:slug'),
    // A function handler keeps the lookup out of the permission lists: it is a findOne, granted by
    // the same permission (read-only API tokens included), not an action of its own.
    handler: (ctx: unknown) => (strapi.controller(uid) as unknown as BySlugController).findBySlug(ctx),
    request,
    config: { auth: { scope: [`${uid}.findOne`] } },
  };
  // The lookup is declared before `/:id`, which would otherwise take `by-slug` as an id.
  return [bySlug, ...core];
};

export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api',
    routes: COLLECTIONS.flatMap((uid) => collectionRoutes(strapi, uid)),
  }),
};
