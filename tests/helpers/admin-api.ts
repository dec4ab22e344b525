import type { Core } from '@strapi/strapi';
import { http } from './http';

/** Logs an admin user in through the admin API; returns the JWT for `Authorization: Bearer`. */
export const adminLogin = async (strapi: Core.Strapi, credentials: { email: string; password: string }): Promise<string> => {
  const res = await http(strapi).post('/admin/login').send(credentials);
  const token = res.body?.data?.token;
  if (!token) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return token as string;
};

/** An admin role with exactly these permissions (e.g. plugin::newsroom.comments.read), and a user in it. */
export const createAdminWithActions = async (
  strapi: Core.Strapi,
  email: string,
  actions: string[]
): Promise<{ email: string; password: string }> => {
  const password = 'Moderator2026!';
  const role = await strapi.service('admin::role').create({ name: `role-${email}`, description: 'test role' });
  await strapi.service('admin::role').assignPermissions(role.id, actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
  await strapi.service('admin::user').create({ email, password, firstname: 'Kiểm', lastname: 'Duyệt', isActive: true, roles: [role.id] });
  return { email, password };
};
