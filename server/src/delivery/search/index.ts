import type { Core } from '@strapi/strapi';
import { searchContentApiRoutes } from './routes';
import searchArticles from './search-articles';
import search from './search-controller';
import searchIndex from './search-index';

/**
 * The search feature's parts, spread into the plugin's maps (services.ts, controllers.ts, routes.ts).
 * Content-API routes are mounted before the collections' core routes (`/articles/:id` would take
 * a fixed path such as `/articles/search` as an id).
 */
export default {
  services: {
    'search-articles': searchArticles,
    'search-index': searchIndex,
  },
  controllers: { search },
  contentApiRoutes: searchContentApiRoutes,
  adminRoutes: [] as Core.RouteInput[],
};
