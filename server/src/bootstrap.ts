import type { Core } from '@strapi/strapi';

const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.log.info(`[newsroom] ready (slug max length ${strapi.config.get('plugin::newsroom.slug.maxLength')})`);
};

export default bootstrap;
