import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
}

const TEST_ENV = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  APP_KEYS: 'testKeyOne,testKeyTwo',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  API_TOKEN_SALT: 'test-api-token-salt',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  JWT_SECRET: 'test-users-permissions-jwt',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_LOG_LEVEL: 'warn',
};

/** Boots the playground (with the plugin) on a new empty database; routes are mounted, no port is opened. */
export const startStrapi = async (extraEnv: Record<string, string> = {}): Promise<TestApp> => {
  const db = await createTestDatabase();
  Object.assign(process.env, TEST_ENV, db.env, extraEnv);
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  strapi.server.mount();
  if (!strapi.plugin('newsroom')) throw new Error('strapi-plugin-newsroom was not loaded');
  return { strapi, db };
};

export const stopStrapi = async (app: TestApp | undefined): Promise<void> => {
  if (!app) return;
  await app.strapi.destroy();
  await app.db.drop();
};
