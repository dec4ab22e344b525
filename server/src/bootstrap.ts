import type { Core } from '@strapi/strapi';
import { guardUploadRelated } from './drafts/upload-guard';

const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  guardUploadRelated(strapi);
  strapi.log.info(`[newsroom] ready (slug max length ${strapi.config.get('plugin::newsroom.slug.maxLength')})`);
};

export default bootstrap;
