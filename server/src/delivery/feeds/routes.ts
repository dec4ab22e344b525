import type { Core } from '@strapi/strapi';
import { FEED_PATHS } from '../../../../contracts/feeds';
import { feedsConfig } from './feeds-config';

/**
 * Public routes under /api/newsroom. With config feeds.public (the default) they need no
 * permission (`auth: false`); otherwise each is an action of its own in Users & Permissions
 * (Newsroom › feed › rss / news / index / articles) and API tokens. Built from the config when
 * Strapi registers the routes, so the setting applies from start-up.
 */
export const feedContentApiRoutes = (strapi: Core.Strapi): Core.RouteInput[] => {
  const isPublic = feedsConfig(strapi).public;
  // One object per route: Strapi writes each route's permission scope into its config.
  const config = () => (isPublic ? { auth: false as const } : {});
  return [
    { method: 'GET', path: FEED_PATHS.rss, handler: 'feed.rss', config: config() },
    { method: 'GET', path: FEED_PATHS.newsSitemap, handler: 'feed.news', config: config() },
    { method: 'GET', path: FEED_PATHS.sitemapIndex, handler: 'feed.index', config: config() },
    { method: 'GET', path: FEED_PATHS.articlesSitemap.replace('{n}', ':page'), handler: 'feed.articles', config: config() },
  ];
};
