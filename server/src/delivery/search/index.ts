import type { Core } from '@strapi/strapi';

/**
 * The search feature's parts, spread into the plugin's maps (services.ts, controllers.ts, routes.ts).
 * Content-API routes are mounted before the collections' core routes (`/articles/:id` would take
 * a fixed path such as `/articles/search` as an id).
 */
export default {
  services: {},
  controllers: {},
  contentApiRoutes: [] as Core.RouteInput[],
  adminRoutes: [] as Core.RouteInput[],
};
