import type { Core } from '@strapi/strapi';
import { commentAdminRoutes, commentContentApiRoutes } from './comments/routes';
import contentApi from './content-api/routes';
import feeds from './delivery/feeds';
import previews from './delivery/previews';
import search from './delivery/search';
import { scheduleAdminRoutes } from './scheduling/routes';

/** The plugin's routers: the public content API (/api/newsroom) and the admin API (/newsroom). */
export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => {
    const collections = contentApi['content-api']({ strapi });
    const delivery = [...search.contentApiRoutes(strapi), ...feeds.contentApiRoutes(strapi), ...previews.contentApiRoutes];
    return { ...collections, routes: [...delivery, ...collections.routes, ...commentContentApiRoutes] };
  },
  admin: {
    type: 'admin',
    routes: [...commentAdminRoutes, ...scheduleAdminRoutes, ...previews.adminRoutes, ...search.adminRoutes, ...feeds.adminRoutes],
  },
};
