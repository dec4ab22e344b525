import type { Core } from '@strapi/strapi';
import { http } from './http';

/** Registers a users-permissions user in the `authenticated` role and logs in; returns the JWT. */
export const loginAuthenticatedUser = async (strapi: Core.Strapi): Promise<string> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const suffix = Math.random().toString(36).slice(2, 8);
  const password = 'Reader2026!';
  await strapi.plugin('users-permissions').service('user').add({
    username: `reader-${suffix}`,
    email: `reader-${suffix}@example.vn`,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const res = await http(strapi).post('/api/auth/local').send({ identifier: `reader-${suffix}@example.vn`, password });
  if (!res.body.jwt) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return res.body.jwt as string;
};
