import type { Core } from '@strapi/strapi';
import { seedDemo } from './seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Strapi skips an unbuilt plugin without a word; the playground must not run without it.
    if (!strapi.plugin('newsroom')) {
      throw new Error('strapi-plugin-newsroom is not loaded: run `npm run build` at the repo root first');
    }
    if (process.env.NEWSROOM_DEMO_SEED === 'true') await seedDemo(strapi);
  },
};
