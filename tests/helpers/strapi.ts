import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import net from 'net';
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
  STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'warn',
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Boots the playground (with the plugin) on a new empty database. By default routes are mounted and
 * no port is opened (supertest drives `strapi.server.httpServer`); `admin: true` serves the built
 * admin panel on a free loopback port, for the browser tests.
 */
export const startStrapi = async ({
  admin = false,
  db: existing,
}: { admin?: boolean; db?: TestDatabase } = {}): Promise<TestApp & { url?: string }> => {
  const db = existing ?? (await createTestDatabase());
  const port = admin ? await freePort() : 0;
  Object.assign(process.env, TEST_ENV, db.env, admin ? { PORT: String(port) } : {});
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: admin });
  try {
    await strapi.load();
    if (!strapi.plugin('newsroom')) throw new Error('strapi-plugin-newsroom was not loaded');
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    if (!existing) await db.drop();
    throw error;
  }
  if (!admin) {
    strapi.server.mount();
    return { strapi, db };
  }
  await strapi.listen();
  return { strapi, db, url: `http://127.0.0.1:${port}` };
};

/**
 * Waits (up to 30 s) until no query uses or waits for a pooled connection. Strapi's document service
 * emits its entry.* events without awaiting them, and each first reads the entry again: those reads
 * may still be queued when a suite ends, and Strapi's shutdown would abort them (an unhandled
 * "Timeout acquiring a connection" or "aborted" that fails the suite after its tests passed).
 */
export const waitForIdlePool = async (strapi: Core.Strapi): Promise<void> => {
  const pool = (strapi.db.connection as unknown as { client: { pool?: { numUsed(): number; numPendingAcquires(): number } } })
    .client.pool;
  if (!pool) return;
  for (let i = 0; i < 600 && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export const stopStrapi = async (app: TestApp | undefined): Promise<void> => {
  if (!app) return;
  await waitForIdlePool(app.strapi);
  await app.strapi.destroy();
  await app.db.drop();
};

/** Stops Strapi but keeps its database, for a restart on it with `startStrapi({ db })`. */
export const shutdownStrapi = async (app: TestApp): Promise<TestDatabase> => {
  await waitForIdlePool(app.strapi);
  await app.strapi.destroy();
  return app.db;
};
