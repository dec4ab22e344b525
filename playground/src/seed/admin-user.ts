import type { Core } from '@strapi/strapi';

export const DEMO_ADMIN_DEFAULTS = { email: 'admin@newsroom.local', password: 'Newsroom2026!' };

/** The demo's super admin, from NEWSROOM_DEMO_ADMIN_EMAIL / NEWSROOM_DEMO_ADMIN_PASSWORD. */
export const ensureDemoAdmin = async (strapi: Core.Strapi): Promise<{ email: string; password: string }> => {
  const email = process.env.NEWSROOM_DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email;
  const password = process.env.NEWSROOM_DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password;
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      email,
      password,
      firstname: 'Biên tập',
      lastname: 'Demo',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  return { email, password };
};
