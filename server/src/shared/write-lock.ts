import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

/** Knex, as Strapi's database layer exposes it (a transaction is one too). */
type Knex = Core.Strapi['db']['connection'];

/** A value written under a lock (a slug), and the document that holds it. */
export interface Claim {
  value: string;
  owner: string;
}

/** What a task running under a lock may ask of it. */
export interface HeldLock {
  /**
   * Values recorded under this lock that the transaction's own reads may not see yet: on MySQL a
   * transaction reads from a snapshot that may be older than the lock (the Content Manager opens
   * its transaction and reads before the plugin takes the lock). Empty on PostgreSQL (READ
   * COMMITTED: every statement sees what was committed before it) and SQLite (one writer). null when
   * the journal no longer reaches back to the snapshot: then only a locking read is sure.
   */
  unseen(): Promise<Claim[] | null>;
  /** Records a value written under the lock, for the writers after this one (MySQL). */
  record(value: string, owner: string): Promise<void>;
}

/** The row that serialises the first use of every other name on MySQL; created at bootstrap. */
const FIRST_USE = '*';
/** Claims kept per lock: more than the writers that can queue on one lock at once. */
const JOURNAL_SIZE = 32;
/** Names remembered as existing (per process); a bound, since some names are per sender. */
const KNOWN_MAX = 10000;

interface Journal {
  seq: number;
  claims: Array<Claim & { n: number }>;
}

const parseJournal = (raw: unknown): Journal => {
  try {
    const journal = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (journal && Number.isInteger(journal.seq) && Array.isArray(journal.claims)) return journal as Journal;
  } catch {
    // An unreadable journal is an empty one: `unseen` then answers null and the caller reads with locks.
  }
  return { seq: 0, claims: [] };
};

const NO_JOURNAL: HeldLock = { unseen: async () => [], record: async () => undefined };

/**
 * Serialises writes that must not race, until their transaction ends. On PostgreSQL and
 * MySQL/MariaDB the lock is a row of `newsroom_write_locks` locked FOR UPDATE inside the caller's
 * transaction: it is held until that transaction commits (so a concurrent writer sees the row
 * just written) or rolls back, needs no connection of its own (no pool starvation) and has nothing
 * to unlock. SQLite runs one transaction at a time on its single connection, so it needs none.
 *
 * The row of a name is created on its first use, and how matters on InnoDB: an INSERT that meets
 * an existing row takes a shared lock on it, and a locking read of a missing row takes a gap lock;
 * two writers holding either and then asking for the row's exclusive lock deadlock each other. So
 * on MySQL a name this process knows is locked straight away; any other is looked up and, if
 * missing, created under the lock of the `*` row (which bootstrap creates), one writer at a time.
 * PostgreSQL has neither lock: lock the row, or create it (ON CONFLICT DO NOTHING) and lock it.
 *
 * On MySQL the lock row also keeps a journal of the last values written under it (see HeldLock),
 * so that a writer whose snapshot predates the lock still knows them without a locking read of the
 * content table: such a read locks every row and gap it scans until commit, and deadlocks with
 * writes that never take this lock (a publication, a comment count) on those rows.
 */
const createWriteLockService = ({ strapi }: { strapi: Core.Strapi }) => {
  const known = new Set<string>();

  const table = (trx: Knex) => {
    const { tableName } = strapi.db.metadata.get(UID.writeLock);
    const schema = strapi.db.getSchemaName();
    return schema ? trx.withSchema(schema).table(tableName) : trx.table(tableName);
  };
  /** A locking read: it reads the newest committed row, whatever the transaction's snapshot. */
  const lockRow = async (trx: Knex, name: string): Promise<{ journal?: unknown } | undefined> =>
    (await table(trx).select('id', 'journal').where({ name }).forUpdate())[0];

  const lockPostgres = async (trx: Knex, name: string): Promise<void> => {
    if (await lockRow(trx, name)) return;
    // A concurrent first use waits here for the other insert to commit, then finds its row.
    await table(trx).insert({ name }).onConflict('name').ignore();
    await lockRow(trx, name);
  };

  const lockMysql = async (trx: Knex, name: string): Promise<HeldLock> => {
    let row = known.has(name) ? await lockRow(trx, name) : undefined;
    if (!row) {
      // First use here. No plain read to look first: it would fix the transaction's snapshot
      // before the lock is held. Under `*`, only this writer takes gap locks, so its insert cannot deadlock.
      if (!(await lockRow(trx, FIRST_USE))) throw new Error(`newsroom: the "${FIRST_USE}" write lock row is missing`);
      row = await lockRow(trx, name);
      if (!row) {
        await table(trx).insert({ name });
        row = { journal: null };
      }
      if (known.size >= KNOWN_MAX) known.clear();
      known.add(name);
    }
    let latest = parseJournal(row.journal);
    return {
      async unseen() {
        // A plain read shows the row as the transaction's snapshot has it (its own writes included).
        const [seen] = await table(trx).select('journal').where({ name });
        const seenSeq = seen ? parseJournal(seen.journal).seq : 0;
        if (latest.seq === seenSeq) return [];
        const claims = latest.claims.filter((claim) => claim.n > seenSeq);
        return claims.length === latest.seq - seenSeq ? claims.map(({ value, owner }) => ({ value, owner })) : null;
      },
      async record(value, owner) {
        const n = latest.seq + 1;
        latest = { seq: n, claims: [...latest.claims, { n, value, owner }].slice(-JOURNAL_SIZE) };
        await table(trx).where({ name }).update({ journal: JSON.stringify(latest) });
      },
    };
  };

  return {
    /** Creates the row that serialises first uses (bootstrap; idempotent, safe across instances). */
    async prepare(): Promise<void> {
      const client = strapi.db.dialect.client;
      if (client !== 'postgres' && client !== 'mysql') return;
      await table(strapi.db.connection).insert({ name: FIRST_USE }).onConflict('name').ignore();
    },

    /** Runs `task` in a transaction (the caller's, if one is open) that holds the lock `name`. */
    withLock<T>(name: string, task: (lock: HeldLock) => Promise<T>): Promise<T> {
      if (name === FIRST_USE) throw new Error(`newsroom: "${FIRST_USE}" is not a lock name`);
      const locked = strapi.db.transaction(async ({ trx }) => {
        const client = strapi.db.dialect.client;
        if (client === 'mysql') return task(await lockMysql(trx, name));
        if (client === 'postgres') await lockPostgres(trx, name);
        return task(NO_JOURNAL);
      });
      return locked as unknown as Promise<T>;
    },
  };
};

export default createWriteLockService;
