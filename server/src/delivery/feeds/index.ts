import type { Core } from '@strapi/strapi';
import feedArticles from './feed-articles';
import feed from './feed-controller';
import feedRss from './feed-rss';
import feedSections from './feed-sections';
import { feedContentApiRoutes } from './routes';
import sitemapArticles from './sitemap-articles';
import sitemapNews from './sitemap-news';

/**
 * The feeds feature's parts, spread into the plugin's maps (services.ts, controllers.ts, routes.ts).
 * Content-API routes are mounted before the collections' core routes (`/articles/:id` would take
 * a fixed path such as `/articles/search` as an id); they depend on config feeds.public, so they
 * are made from `strapi` when the router is built.
 */
export default {
  services: {
    'feed-articles': feedArticles,
    'feed-rss': feedRss,
    'feed-sections': feedSections,
    'sitemap-articles': sitemapArticles,
    'sitemap-news': sitemapNews,
  },
  controllers: { feed },
  contentApiRoutes: feedContentApiRoutes,
  adminRoutes: [] as Core.RouteInput[],
};
