import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * The playground's admin customisation: Vietnamese is offered beside English (Profile › Interface
 * language). The newsroom plugin ships its own `vi` messages; Strapi ships the admin's.
 */
export default {
  config: {
    locales: ['vi'],
  },
  bootstrap(_app: StrapiApp) {},
};
