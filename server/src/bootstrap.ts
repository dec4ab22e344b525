import type { Core } from '@strapi/strapi';
import { guardUploadRelated } from './drafts/upload-guard';
import { verifyFeedsConfig } from './delivery/feeds/verify-feeds-config';
import { getService } from './get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  guardUploadRelated(strapi);
  await getService(strapi, 'write-lock').prepare();
  getService(strapi, 'schedule-targets').verifyConfig();
  verifyFeedsConfig(strapi);
  await getService(strapi, 'search-index').prepare();
  await getService(strapi, 'scheduler').start();
  strapi.log.info(`[newsroom] ready (slug max length ${strapi.config.get('plugin::newsroom.slug.maxLength')})`);
};

export default bootstrap;
