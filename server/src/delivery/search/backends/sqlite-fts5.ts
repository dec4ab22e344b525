/**
 * SQLite: an FTS5 table over the index table's folded text (external content, kept by triggers in
 * the same transaction as every write of the index table). FTS5's `unicode61` tokenizer cuts the
 * folded text into the same words as the folding (runs of letters and digits), so its answers are
 * exact for words and phrases alike, and nothing is checked again.
 *
 * The whole search runs inside FTS5, without reading a row of the table, so its time follows the
 * page, not the number of hits:
 * - the locale is a column of the FTS table (`{locale_key} : "lvi"`);
 * - the FTS rowid is a rank key, the recency of the row (`sort_at` in seconds × 2^20 + the row id's
 *   low 20 bits): `ORDER BY rowid DESC` is newest first, and FTS5 walks it in that order;
 * - the three tiers are three FTS queries with column filters — every term in the title; every
 *   term in the title or lead, not in tier 1; the rest — counted by FTS5 and read a page at a time.
 */
import type { SearchTerm } from '../../../../../contracts/search';
import { fts5Query } from '../rules/index-terms';
import type { BackendResult, IndexRow, Knex } from '../search-backend';
import { resultRows, tieredSearch, type SqlDialect } from './sql-backend';

const FTS = 'newsroom_search_fts';
/** Rows a second can hold in the rank key before two could meet (then the next free key is taken). */
const PER_SECOND = 2 ** 20;

/** The locale as one FTS token: `vi` → `lvi`, `pt-BR` → `lpt_br` spelled with letters and digits only. */
export const localeToken = (locale: string): string =>
  `l${[...locale.toLowerCase()].map((ch) => (/[a-z0-9]/.test(ch) ? ch : `x${ch.charCodeAt(0).toString(16)}x`)).join('')}`;

/** Newest first within a tier: the first publication's second, then the row id (its low 20 bits). */
export const rankKey = (row: Pick<IndexRow, 'id' | 'sortAt'>): number => Math.floor(row.sortAt / 1000) * PER_SECOND + (row.id % PER_SECOND);

const TEXT = '{title_text lead_text body_text}';

/** The FTS queries of one search: every hit, tier `title`, tiers `title` and `lead`. */
const tierQueries = (terms: SearchTerm[], locale: string) => {
  const words = `(${fts5Query(terms)})`;
  const inLocale = `{locale_key} : "${localeToken(locale)}"`;
  const all = `${inLocale} AND ${TEXT} : ${words}`;
  const title = `${inLocale} AND {title_text} : ${words}`;
  const titleOrLead = `${inLocale} AND {title_text lead_text} : ${words}`;
  return {
    all,
    title,
    titleOrLead,
    lead: `(${titleOrLead}) NOT (${title})`,
    body: `(${all}) NOT (${titleOrLead})`,
  };
};

export const sqliteDialect: SqlDialect = {
  name: 'sqlite-fts5',
  version: 0,

  async create(knex: Knex, table: string) {
    const statements = [
      `CREATE TABLE IF NOT EXISTS ${table} (
        id INTEGER PRIMARY KEY,
        rank_key INTEGER NOT NULL UNIQUE,
        document_id TEXT NOT NULL,
        locale TEXT NOT NULL,
        locale_key TEXT NOT NULL,
        sort_at INTEGER NOT NULL,
        version INTEGER NOT NULL,
        signature TEXT NOT NULL,
        title_text TEXT NOT NULL,
        lead_text TEXT NOT NULL,
        body_text TEXT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS ${table}_document ON ${table} (document_id)`,
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(
        locale_key, title_text, lead_text, body_text,
        content='${table}', content_rowid='rank_key', tokenize='unicode61 remove_diacritics 0'
      )`,
      `CREATE TRIGGER IF NOT EXISTS ${FTS}_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO ${FTS} (rowid, locale_key, title_text, lead_text, body_text)
        VALUES (new.rank_key, new.locale_key, new.title_text, new.lead_text, new.body_text);
      END`,
      `CREATE TRIGGER IF NOT EXISTS ${FTS}_delete AFTER DELETE ON ${table} BEGIN
        INSERT INTO ${FTS} (${FTS}, rowid, locale_key, title_text, lead_text, body_text)
        VALUES ('delete', old.rank_key, old.locale_key, old.title_text, old.lead_text, old.body_text);
      END`,
      `CREATE TRIGGER IF NOT EXISTS ${FTS}_update AFTER UPDATE ON ${table} BEGIN
        INSERT INTO ${FTS} (${FTS}, rowid, locale_key, title_text, lead_text, body_text)
        VALUES ('delete', old.rank_key, old.locale_key, old.title_text, old.lead_text, old.body_text);
        INSERT INTO ${FTS} (rowid, locale_key, title_text, lead_text, body_text)
        VALUES (new.rank_key, new.locale_key, new.title_text, new.lead_text, new.body_text);
      END`,
    ];
    for (const statement of statements) await knex.raw(statement);
  },

  extraColumns: (row) => ({ rank_key: rankKey(row), locale_key: localeToken(row.locale) }),

  /** A rank key held by another row (the same second, row ids 2^20 apart) moves to the next free one. */
  async beforeWrite(trx, table, rows) {
    const ids = new Set(rows.map((row) => row.id as number));
    const wanted = rows.map((row) => row.rank_key as number);
    const taken = new Set<number>();
    for (let i = 0; i < wanted.length; i += 200) {
      const chunk = wanted.slice(i, i + 200);
      const held: Array<{ id: number; rank_key: number }> = await trx(table).select('id', 'rank_key').whereIn('rank_key', chunk);
      for (const entry of held) if (!ids.has(Number(entry.id))) taken.add(Number(entry.rank_key));
    }
    for (const row of rows) {
      let key = row.rank_key as number;
      while (taken.has(key)) {
        key += 1;
        const [clash] = await trx(table).select('id').where('rank_key', key);
        if (clash && !ids.has(Number(clash.id))) taken.add(key);
      }
      taken.add(key);
      row.rank_key = key;
    }
  },

  async maintain(knex, table) {
    await knex.raw(`ANALYZE ${table}`);
  },

  search(knex, table, query): Promise<BackendResult> {
    const queries = tierQueries(query.terms, query.locale);
    return tieredSearch(query, {
      async count(where, upTo) {
        const match = where === 'all' ? queries.all : where === 'title' ? queries.title : queries.titleOrLead;
        const [row] = resultRows(
          await knex.raw(`SELECT COUNT(*) AS n FROM (SELECT rowid FROM ${FTS} WHERE ${FTS} MATCH ? LIMIT ?)`, [match, upTo])
        ) as Array<{ n: number }>;
        return Number(row.n);
      },
      async slice(tier, limit, offset) {
        // FTS5 walks its rowids (rank keys) newest first; the keys are then read back as row ids.
        const rows = resultRows(
          await knex.raw(
            `SELECT i.id AS id FROM (SELECT rowid AS rank_key FROM ${FTS} WHERE ${FTS} MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) k ` +
              `JOIN ${table} i ON i.rank_key = k.rank_key ORDER BY k.rank_key DESC`,
            [queries[tier], limit, offset]
          )
        ) as Array<{ id: number }>;
        return rows.map((row) => Number(row.id));
      },
    });
  },
};
