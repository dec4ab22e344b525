import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { databaseBackend } from './backends';
import { foldText, padded } from './rules/fold';
import { plainText } from './rules/plain-text';
import type { IndexRow, SearchBackend } from './search-backend';

interface ArticleRow {
  id: number;
  documentId: string;
  locale: string | null;
  title: string | null;
  lead: string | null;
  body: unknown;
  publishedAt: string | Date | null;
  originalPublishedAt: string | Date | null;
}

const FIELDS = ['id', 'documentId', 'locale', 'title', 'lead', 'body', 'publishedAt', 'originalPublishedAt'];
const BATCH = 500;
/** Rows indexed or removed by a catch-up past which the backend's upkeep runs. */
const MAINTAIN_AFTER = 1000;

const time = (value: string | Date | null): number | null => {
  if (value === null || value === undefined) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
};

/** A published article row as the backend stores it: folded, padded text; recency from the first publication. */
export const indexRowOf = (row: ArticleRow): IndexRow => ({
  id: row.id,
  documentId: row.documentId,
  locale: row.locale ?? '',
  sortAt: time(row.originalPublishedAt) ?? time(row.publishedAt) ?? 0,
  title: padded(foldText(plainText(row.title))),
  lead: padded(foldText(plainText(row.lead))),
  body: padded(foldText(plainText(row.body))),
});

/**
 * The search index: keeps the backend's copy of published articles current. `sync` runs in every
 * article write's transaction (document middleware); `prepare` at start-up creates the backend's
 * tables and indexes what is missing (an existing install, rows written past the document service,
 * rows folded by older rules) and drops what is no longer published.
 */
const createSearchIndexService = ({ strapi }: { strapi: Core.Strapi }) => {
  let backend: SearchBackend | undefined;
  let catchingUp: Promise<void> | undefined;
  let stopping = false;
  const current = (): SearchBackend => (backend ??= databaseBackend(strapi));

  const sync = async (documentIds: string[]): Promise<void> => {
    const ids = [...new Set(documentIds)];
    if (ids.length === 0) return;
    await strapi.db.transaction(async ({ trx }) => {
      const rows = (await strapi.db.query(UID.article).findMany({
        where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
        select: FIELDS,
      })) as ArticleRow[];
      await current().replace(ids, rows.map(indexRowOf), trx);
    });
  };

  return {
    /** The backend in use (the database's own unless {@link use} was called). */
    backend: current,

    /**
     * Puts another backend in place of the database's own (a dedicated engine). Call it from the
     * app's `register()`, before the plugin's bootstrap prepares and fills the index.
     */
    use(custom: SearchBackend): void {
      backend = custom;
    },

    /** Makes the index hold exactly the published rows of these documents (every locale). */
    sync,

    /** Drops entries no longer published; indexes published rows that are missing. Returns the counts. */
    async catchUp(): Promise<{ removed: number; indexed: number }> {
      // One at a time: a second caller (a test, a script) waits for the start-up one, then checks again.
      await catchingUp;
      const removed = await current().prune();
      let indexed = 0;
      let after = 0;
      while (!stopping) {
        const pending = await current().pending(after, BATCH);
        if (pending.length === 0) break;
        await sync(pending.map((row) => row.documentId));
        indexed += pending.length;
        after = pending[pending.length - 1].id;
        if (indexed % (BATCH * 20) === 0) strapi.log.info(`[newsroom] search: ${indexed} published articles indexed so far`);
      }
      // A bulk load leaves the planner guessing until autovacuum/auto-statistics catch up (and
      // InnoDB's FULLTEXT slowed by the rows it replaced): the backend's upkeep, once.
      if (!stopping && indexed + removed >= MAINTAIN_AFTER) await current().maintain?.();
      return { removed, indexed };
    },

    /**
     * Start-up: the backend's tables and native index, then {@link catchUp} in the background —
     * indexing an existing site of 100,000 articles takes minutes, and Strapi should not wait for
     * it (until it is done, search finds only what is indexed). Writes are indexed meanwhile.
     */
    async prepare(): Promise<void> {
      stopping = false;
      await current().prepare();
      catchingUp = this.catchUp()
        .then(({ removed, indexed }) => {
          if (removed || indexed) strapi.log.info(`[newsroom] search (${current().name}): ${indexed} rows indexed, ${removed} removed at start-up`);
        })
        .catch((error: Error) => {
          strapi.log.error(`[newsroom] search: start-up indexing failed: ${error.message}`);
        })
        .finally(() => {
          catchingUp = undefined;
        });
    },

    /** The start-up catch-up, if one is under way (tests and scripts wait for it). */
    async ready(): Promise<void> {
      await catchingUp;
    },

    /** Stops the start-up catch-up after its current batch (Strapi is closing the database). */
    async stop(): Promise<void> {
      stopping = true;
      await catchingUp;
    },
  };
};

export default createSearchIndexService;
