import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

/**
 * Serialises writes that must not race, until their transaction ends. On PostgreSQL and
 * MySQL/MariaDB the lock is a row of `newsroom_write_locks` locked FOR UPDATE inside the caller's
 * transaction: it is held until that transaction commits (so a concurrent writer sees the row
 * just written) or rolls back, needs no connection of its own (no pool starvation) and has nothing
 * to unlock. SQLite runs one transaction at a time on its single connection, so it needs none.
 */
const createWriteLockService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Whether reads inside a locked section must be locking reads (see `slugs.taken`). */
  needsLockingReads(): boolean {
    return strapi.db.dialect.client === 'mysql';
  },

  /** Runs `task` in a transaction (the caller's, if one is open) that holds the lock `name`. */
  withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
    const locked = strapi.db.transaction(async ({ trx }) => {
      const client = strapi.db.dialect.client;
      if (client === 'postgres' || client === 'mysql') {
        const { tableName } = strapi.db.metadata.get(UID.writeLock);
        const schema = strapi.db.getSchemaName();
        const table = () => (schema ? trx.withSchema(schema).table(tableName) : trx.table(tableName));
        // The first use of a name inserts its row; later ones find it. Then lock it.
        await table().insert({ name }).onConflict('name').ignore();
        await table().select('id').where({ name }).forUpdate();
      }
      return task();
    });
    return locked as unknown as Promise<T>;
  },
});

export default createWriteLockService;
