import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/** Stops the scheduler before Strapi closes the database: a pass under way finishes first. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
};

export default destroy;
