import type { Core } from '@strapi/strapi';

export const ADMIN = { email: 'bientap@example.vn', password: 'BienTap2026!' };

/** A super admin to log into the panel with. */
export const createSuperAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    ...ADMIN,
    firstname: 'Biên',
    lastname: 'Tập',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
};
