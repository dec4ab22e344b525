import type { Core } from '@strapi/strapi';
import { commentAdminRoutes, commentContentApiRoutes } from './comments/routes';
import contentApi from './content-api/routes';
import { scheduleAdminRoutes } from './scheduling/routes';

/** The plugin's routers: the public content API (/api/newsroom) and the admin API (/newsroom). */
export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => {
    const collections = contentApi['content-api']({ strapi });
    return { ...collections, routes: [...collections.routes, ...commentContentApiRoutes] };
  },
  admin: { type: 'admin', routes: [...commentAdminRoutes, ...scheduleAdminRoutes] },
};
