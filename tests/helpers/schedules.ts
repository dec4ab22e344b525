import type { Core } from '@strapi/strapi';
import { http } from './http';

export const SCHEDULE = 'plugin::newsroom.schedule';
export const PROMOTION = 'api::promotion.promotion';

/** An admin role with these permissions (an action, or an action on a subject), and a user in it. */
export const createAdminWith = async (
  strapi: Core.Strapi,
  email: string,
  permissions: Array<string | { action: string; subject: string }>
): Promise<{ email: string; password: string }> => {
  const password = 'Scheduler2026!';
  const role = await strapi.service('admin::role').create({ name: `role-${email}`, description: 'test role' });
  await strapi.service('admin::role').assignPermissions(
    role.id,
    permissions.map((p) => ({
      ...(typeof p === 'string' ? { action: p, subject: null } : p),
      properties: {},
      conditions: [],
    }))
  );
  await strapi.service('admin::user').create({ email, password, firstname: 'Biên', lastname: 'Tập', isActive: true, roles: [role.id] });
  return { email, password };
};

/** The admin API of scheduling, with a JWT. */
export const scheduleApi = (strapi: Core.Strapi, token: string) => {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    create: (body: unknown) => http(strapi).post('/newsroom/schedules').set(auth).send(body as object),
    list: (query: Record<string, string | number> = {}) => http(strapi).get('/newsroom/schedules').set(auth).query(query),
    settings: () => http(strapi).get('/newsroom/schedules/settings').set(auth),
    cancel: (id: number | string) => http(strapi).delete(`/newsroom/schedules/${id}`).set(auth),
    run: (id: number | string) => http(strapi).post(`/newsroom/schedules/${id}/run`).set(auth),
  };
};

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export const eventually = async <T>(check: () => Promise<T | undefined | false>, timeoutMs = 30000, what = 'condition'): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** ISO instant `ms` from now. */
export const inMs = (ms: number): string => new Date(Date.now() + ms).toISOString();
