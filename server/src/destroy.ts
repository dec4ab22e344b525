import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/** Stops the scheduler and the search index's start-up catch-up before Strapi closes the database: work under way finishes first. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'search-index').stop();
};

export default destroy;
