import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createKeyedLock } from '../utils/keyed-lock';

/** How long a write waits for another instance before giving up (MySQL GET_LOCK takes seconds). */
const WAIT_SECONDS = 30;
const POLL_MS = 25;

/**
 * Runs a task under a lock that holds across every Strapi instance sharing the database: a
 * PostgreSQL advisory lock or a MySQL named lock, taken on a connection of its own and released on
 * it. SQLite is embedded (one process per file), so the in-process lock is enough there. Tasks in
 * this process take turns first, so each key ties up at most one pooled connection while waiting.
 */
const createClusterLockService = ({ strapi }: { strapi: Core.Strapi }) => {
  const local = createKeyedLock();

  const acrossInstances = async <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const dialect = strapi.db.dialect.client;
    if (dialect !== 'postgres' && dialect !== 'mysql') return task();
    const knex = strapi.db.connection;
    const connection = await knex.client.acquireConnection();
    const sql = (text: string, bindings: unknown[]) => knex.raw(text, bindings as never).connection(connection);
    try {
      if (dialect === 'postgres') {
        const deadline = Date.now() + WAIT_SECONDS * 1000;
        for (;;) {
          const { rows } = (await sql('SELECT pg_try_advisory_lock(hashtext(?)) AS got', [key])) as unknown as {
            rows: Array<{ got: boolean }>;
          };
          if (rows[0]?.got) break;
          if (Date.now() > deadline) throw new errors.ApplicationError(`Timed out waiting for the lock "${key}"`);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } else {
        const [rows] = (await sql('SELECT GET_LOCK(?, ?) AS got', [key.slice(0, 64), WAIT_SECONDS])) as unknown as [
          Array<{ got: number | null }>,
        ];
        if (rows[0]?.got !== 1) throw new errors.ApplicationError(`Timed out waiting for the lock "${key}"`);
      }
      try {
        return await task();
      } finally {
        await (dialect === 'postgres'
          ? sql('SELECT pg_advisory_unlock(hashtext(?))', [key])
          : sql('SELECT RELEASE_LOCK(?)', [key.slice(0, 64)]));
      }
    } finally {
      await knex.client.releaseConnection(connection);
    }
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return local(key, task, (run) => acrossInstances(key, run));
    },
  };
};

export default createClusterLockService;
