/**
 * The part of the three database backends that is the same SQL: the plugin-owned table
 * `newsroom_search_index` (one row per published article row, keyed by that row's id, holding its
 * folded title, lead and body), how it is kept, and how hits are ranked. Each dialect adds its native
 * text index and the condition that uses it (`SqlDialect`).
 */
import { createHash } from 'crypto';
import { FOLD_VERSION } from '../rules/fold';
import type { BackendMatch, BackendQuery, BackendResult, IndexRow, Knex, PendingRow, SearchBackend } from '../search-backend';

export const INDEX_TABLE = 'newsroom_search_index';

/** Where the article rows are: table and column names from Strapi's metadata. */
export interface ArticleTable {
  table: string;
  id: string;
  documentId: string;
  publishedAt: string;
}

/** A condition in SQL with its bindings. */
export interface Sql {
  sql: string;
  bindings: unknown[];
}

export interface SqlDialect {
  name: string;
  /** Bumped when what the dialect stores changes: rows stored by an older version are indexed again at start-up. */
  version: number;
  /** Creates the table (the shared columns of `columnsOf`, its own), its document_id index and the native index, if missing. */
  create(knex: Knex, table: string): Promise<void>;
  /** Columns the dialect stores besides the shared ones (SQLite's rank key, MySQL's FULLTEXT tokens). */
  extraColumns(row: IndexRow): Record<string, unknown>;
  /** Adjusts rows about to be written, inside the write's transaction (SQLite: a rank key already taken). */
  beforeWrite?(trx: Knex, table: string, rows: Array<Record<string, unknown>>): Promise<void>;
  /** Upkeep after a bulk catch-up (statistics, rebuild); `table` is quoted for SQL. */
  maintain?(knex: Knex, table: string): Promise<void>;
  /** One ranked page (see {@link SearchBackend.search}); `table` is quoted for SQL. */
  search(knex: Knex, table: string, query: BackendQuery): Promise<BackendResult>;
}

/** The three tiers, best first: every term in the title; in the title or lead; anywhere. */
export type Tier = 'title' | 'lead' | 'body';

/** What {@link tieredSearch} asks of a dialect. */
export interface TierQueries {
  /** Rows holding every term anywhere, in the title, or each in the title or lead; counting may stop at `upTo`. */
  count(where: 'all' | 'title' | 'titleOrLead', upTo: number): Promise<number>;
  /** Ids of one tier's rows (title: all in title; lead: in title or lead, not title; body: the rest), newest first. */
  slice(tier: Tier, limit: number, offset: number): Promise<number[]>;
}

/**
 * A ranked page from ordered slices of the tiers, so that the work follows the page rather than the
 * number of hits (each tier is read newest first from an index that has that order). Only the total
 * is always counted: a tier's size is counted only when the page starts past its end (a slice that
 * comes back short tells the size, and a full one ends the page), so page 1 of a common word costs
 * one count and one slice.
 */
export const tieredSearch = async (query: BackendQuery, tiers: TierQueries): Promise<BackendResult> => {
  const total = await tiers.count('all', query.countUpTo);
  if (total === 0 || query.offset >= total || query.limit <= 0) return { total, matches: [] };
  const matches: BackendMatch[] = [];
  /** Rows in the tiers already passed, and the title tier's size once known. */
  let before = 0;
  let titleSize = 0;
  for (const tier of ['title', 'lead', 'body'] as const) {
    const want = query.limit - matches.length;
    const skip = query.offset + matches.length - before;
    const ids = await tiers.slice(tier, want, skip);
    for (const id of ids) matches.push({ id, field: tier });
    if (ids.length === want || tier === 'body') break;
    let size = skip + ids.length;
    if (ids.length === 0 && skip > 0) {
      // The page starts past this tier's end: how far past is only known from its size.
      // Counting stops past the page's start, so these sizes (under `skip`) are exact.
      const upTo = query.offset + 1;
      size = tier === 'title' ? await tiers.count('title', upTo) : (await tiers.count('titleOrLead', upTo)) - titleSize;
    }
    if (tier === 'title') titleSize = size;
    before += size;
  }
  return { total, matches };
};

const CHUNK = 200;

const chunks = <T>(items: T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Detects a row whose stored entry already says the same (a draft-only save rewrites nothing). */
const signatureOf = (row: IndexRow, version: number): string =>
  createHash('sha1')
    .update(`${version}\u0000${row.documentId}\u0000${row.locale}\u0000${row.sortAt}\u0000${row.title}\u0000${row.lead}\u0000${row.body}`)
    .digest('hex');

export const createSqlBackend = (knex: Knex, schema: string | undefined, articles: ArticleTable, dialect: SqlDialect): SearchBackend => {
  const qualify = (name: string) => (schema ? `${schema}.${name}` : name);
  const table = qualify(INDEX_TABLE);
  /** The table as raw SQL (quoted by knex for the dialect). */
  const tableSql = () => knex.raw('??', [table]).toQuery();
  /** The folding rules' version and the dialect's, in one number (`version` column). */
  const version = FOLD_VERSION + 100 * dialect.version;

  const columnsOf = (row: IndexRow): Record<string, unknown> => ({
    id: row.id,
    document_id: row.documentId,
    locale: row.locale,
    sort_at: row.sortAt,
    version,
    signature: signatureOf(row, version),
    title_text: row.title,
    lead_text: row.lead,
    body_text: row.body,
    ...dialect.extraColumns(row),
  });

  return {
    name: dialect.name,

    prepare: () => dialect.create(knex, table),

    async replace(documentIds, rows, trx) {
      if (documentIds.length === 0) return;
      // A plain read (no lock): on MySQL a locking read of missing keys would take gap locks that
      // concurrent writers of other documents then deadlock on.
      const existing: Array<{ id: number; signature: string }> = await trx(table)
        .select('id', 'signature')
        .whereIn('document_id', documentIds);
      const wanted = new Map(rows.map((row) => [row.id, row]));
      const stale = existing.filter((entry) => !wanted.has(Number(entry.id))).map((entry) => Number(entry.id));
      const stored = new Map(existing.map((entry) => [Number(entry.id), entry.signature]));
      const changed = rows.map(columnsOf).filter((columns) => stored.get(columns.id as number) !== columns.signature);
      for (const ids of chunks(stale)) await trx(table).whereIn('id', ids).delete();
      if (changed.length && dialect.beforeWrite) await dialect.beforeWrite(trx, table, changed);
      for (const batch of chunks(changed, 50)) await trx(table).insert(batch).onConflict('id').merge();
    },

    search: (query) => dialect.search(knex, tableSql(), query),

    async maintain() {
      if (dialect.maintain) await dialect.maintain(knex, tableSql());
    },

    async pending(afterId, limit) {
      const rows: Array<{ id: number; documentId: string }> = await knex(`${qualify(articles.table)} as a`)
        .leftJoin(`${table} as i`, 'i.id', `a.${articles.id}`)
        .select({ id: `a.${articles.id}`, documentId: `a.${articles.documentId}` })
        .whereNotNull(`a.${articles.publishedAt}`)
        .andWhere(`a.${articles.id}`, '>', afterId)
        .andWhere((where) => where.whereNull('i.id').orWhere('i.version', '<>', version))
        .orderBy(`a.${articles.id}`, 'asc')
        .limit(limit);
      return rows.map((row) => ({ id: Number(row.id), documentId: row.documentId })) satisfies PendingRow[];
    },

    async prune() {
      let removed = 0;
      for (;;) {
        // Read first, then delete by key: no locking scan of the table while articles are written.
        const rows: Array<{ id: number }> = await knex(`${table} as i`)
          .leftJoin(`${qualify(articles.table)} as a`, (join) =>
            join.on(`a.${articles.id}`, '=', 'i.id').andOnNotNull(`a.${articles.publishedAt}`)
          )
          .select('i.id')
          .whereNull(`a.${articles.id}`)
          .limit(1000);
        if (rows.length === 0) return removed;
        await knex(table).whereIn('id', rows.map((row) => Number(row.id))).delete();
        removed += rows.length;
      }
    },
  };
};

/** The rows of a `knex.raw` result, whatever the driver's shape. */
export const resultRows = (result: unknown): unknown[] => {
  if (Array.isArray(result)) return Array.isArray(result[0]) ? (result[0] as unknown[]) : result; // mysql2: [rows, fields]; better-sqlite3: rows
  const rows = (result as { rows?: unknown[] } | null)?.rows; // pg
  return Array.isArray(rows) ? rows : [];
};
