/**
 * MariaDB / MySQL: an InnoDB FULLTEXT index on a column of tokens made from the folded words
 * (`rules/index-terms` › `fulltextToken`): InnoDB skips tokens under `innodb_ft_min_token_size` (3),
 * and most Vietnamese syllables are shorter (`ha`, `do`, `o`), so short words are padded with `_` to
 * three characters, the same way in the text and in the query, and no server setting has to change.
 * The index is created without InnoDB's English stop words (`the`, `an`, `la` are Vietnamese words
 * once folded). The columns use a binary collation: the text is already folded, and byte comparison
 * is the fastest.
 *
 * InnoDB's FULLTEXT reads a word's whole posting list whatever the LIMIT (a word in every article
 * costs ~0.4 s at 100,000 rows) and cannot return rows newest first. So each search first looks at
 * the newest 200 rows of the locale (their tokens, read through the (locale, sort_at, id) index):
 * - a query that many of them match (a common word) is answered by walking that index newest first
 *   and checking each row's folded text, which stops as soon as the page (or the count) is full;
 * - otherwise FULLTEXT narrows the rows down with the query's rarest words only (common ones would
 *   only cost), and the candidates are checked and sorted.
 * Every row is checked on the folded text (`LOCATE` of ` word ` or ` the phrase `), so both ways
 * give exactly the same answers; the tests run every query both ways.
 */
import { fulltextDocument, fulltextQuery, fulltextTokens, termNeedle } from '../rules/index-terms';
import type { BackendQuery, IndexRow, Knex } from '../search-backend';
import { INDEX_TABLE, resultRows, tieredSearch, type Sql, type SqlDialect, type Tier } from './sql-backend';

const LOCK = 'newsroom_search_index';
const RECENT = `${INDEX_TABLE}_recent`;

/** Newest rows looked at to judge how common a query and its words are. */
export const SAMPLE_ROWS = 200;
/**
 * Rows of the sample from which a query is walked, and a word is too common to narrow with.
 * `NEWSROOM_SEARCH_COMMON_FROM` overrides it (tuning; the tests set several to check that every plan agrees).
 */
export const COMMON_FROM = 10;
const commonFrom = (): number => {
  const value = Number(process.env.NEWSROOM_SEARCH_COMMON_FROM);
  return process.env.NEWSROOM_SEARCH_COMMON_FROM && Number.isInteger(value) && value >= 0 ? value : COMMON_FROM;
};

const and = (...parts: Sql[]): Sql => ({ sql: parts.map((part) => `(${part.sql})`).join(' AND '), bindings: parts.flatMap((part) => part.bindings) });
const not = (part: Sql): Sql => ({ sql: `NOT (${part.sql})`, bindings: part.bindings });

/** Every needle in one of `columns` (each needle may be in a different one). */
const inColumns = (needles: string[], columns: string[]): Sql => ({
  sql: needles.map(() => `(${columns.map((column) => `LOCATE(?, i.${column}) > 0`).join(' OR ')})`).join(' AND '),
  bindings: needles.flatMap((needle) => columns.map(() => needle)),
});

/** The exact conditions of a search, on the folded text. */
const conditionsOf = (query: BackendQuery) => {
  const needles = query.terms.map(termNeedle);
  const anywhere = inColumns(needles, ['title_text', 'lead_text', 'body_text']);
  const inTitle = inColumns(needles, ['title_text']);
  const inHead = inColumns(needles, ['title_text', 'lead_text']);
  return {
    counted: { all: anywhere, title: inTitle, titleOrLead: inHead },
    tiers: { title: inTitle, lead: and(inHead, not(inTitle)), body: and(anywhere, not(inHead)) } satisfies Record<Tier, Sql>,
  };
};

interface Plan {
  /** Walk the (locale, sort_at, id) index, or narrow with FULLTEXT on these tokens. */
  walk: boolean;
  narrowBy: string[];
}

/**
 * Reads the sample: how many of the newest rows hold each token, and every token (the query, near
 * enough: a phrase's words may stand apart). Only the token column is read.
 */
const planOf = async (knex: Knex, table: string, query: BackendQuery): Promise<Plan> => {
  const tokens = fulltextTokens(query.terms);
  const has = tokens.map(() => 'LOCATE(?, i.padded) > 0');
  const perToken = has.map((test, n) => `SUM(${test}) AS t${n}`).join(', ');
  const needles = tokens.map((token) => ` ${token} `);
  const [row] = resultRows(
    await knex.raw(
      `SELECT ${perToken}, SUM(${has.join(' AND ')}) AS whole FROM (` +
        `SELECT CONCAT(' ', terms, ' ') AS padded FROM ${table} FORCE INDEX (${RECENT}) WHERE locale = ? ORDER BY sort_at DESC, id DESC LIMIT ?) i`,
      [...needles, ...needles, query.locale, SAMPLE_ROWS]
    )
  ) as Array<Record<string, number | string | null>>;
  const common = commonFrom();
  if (Number(row.whole ?? 0) >= common) return { walk: true, narrowBy: [] };
  const seen = tokens.map((token, n) => ({ token, rows: Number(row[`t${n}`] ?? 0) }));
  const rare = seen.filter((entry) => entry.rows < common).map((entry) => entry.token);
  // Every word common, the query not: the least common word narrows best.
  const narrowBy = rare.length ? rare : [seen.reduce((a, b) => (b.rows < a.rows ? b : a)).token];
  return { walk: false, narrowBy };
};

export const mysqlDialect: SqlDialect = {
  name: 'mysql-fulltext',
  version: 0,

  async create(knex: Knex, table: string) {
    const name = knex.raw('??', [table]).toQuery();
    const hasIndex = async (trx: Knex, index: string) =>
      resultRows(
        await trx.raw('SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ?', [
          INDEX_TABLE,
          index,
        ])
      ).length > 0;
    // One connection throughout: the advisory lock and the session setting belong to it.
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT GET_LOCK(?, 60)', [LOCK]);
      try {
        await trx.raw(`CREATE TABLE IF NOT EXISTS ${name} (
          id int unsigned NOT NULL PRIMARY KEY,
          document_id varchar(255) NOT NULL,
          locale varchar(255) NOT NULL,
          sort_at bigint NOT NULL,
          version int NOT NULL,
          signature char(40) NOT NULL,
          title_text text NOT NULL,
          lead_text text NOT NULL,
          body_text longtext NOT NULL,
          terms longtext NOT NULL,
          KEY ${INDEX_TABLE}_document (document_id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
        if (!(await hasIndex(trx, RECENT))) await trx.raw(`ALTER TABLE ${name} ADD INDEX ${RECENT} (locale, sort_at, id)`);
        if (!(await hasIndex(trx, `${INDEX_TABLE}_fulltext`))) {
          await trx.raw('SET SESSION innodb_ft_enable_stopword = OFF');
          try {
            await trx.raw(`ALTER TABLE ${name} ADD FULLTEXT INDEX ${INDEX_TABLE}_fulltext (terms)`);
          } finally {
            await trx.raw('SET SESSION innodb_ft_enable_stopword = DEFAULT');
          }
        }
      } finally {
        await trx.raw('SELECT RELEASE_LOCK(?)', [LOCK]);
      }
    });
  },

  extraColumns: (row: IndexRow) => ({ terms: fulltextDocument(row.title, row.lead, row.body) }),

  /**
   * A rebuild: every row InnoDB's FULLTEXT replaced stays in its list of deleted rows, which each
   * query reads (200,000 of them made every query cost ~35 ms; after `OPTIMIZE TABLE`, under 1 ms).
   * It takes ~40 s for 100,000 articles, during which writes to the index wait.
   */
  async maintain(knex, table) {
    await knex.raw(`OPTIMIZE TABLE ${table}`);
  },

  async search(knex, table, query) {
    const { counted, tiers } = conditionsOf(query);
    const plan = await planOf(knex, table, query);
    const from = plan.walk ? `${table} i FORCE INDEX (${RECENT})` : `${table} i`;
    const narrow: Sql = plan.walk
      ? { sql: '1 = 1', bindings: [] }
      : { sql: 'MATCH (i.terms) AGAINST (? IN BOOLEAN MODE)', bindings: [fulltextQuery(plan.narrowBy)] };
    const rowsOf = async (sql: string, where: Sql, extra: unknown[]) =>
      resultRows(await knex.raw(sql, [...narrow.bindings, query.locale, ...where.bindings, ...extra])) as Array<Record<string, number | string>>;
    // The walk reads the index newest first and stops at the LIMIT; FULLTEXT candidates are sorted.
    const order = plan.walk ? 'ORDER BY i.sort_at DESC, i.id DESC' : '';
    return tieredSearch(query, {
      async count(where, upTo) {
        const [row] = await rowsOf(
          `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${from} WHERE (${narrow.sql}) AND i.locale = ? AND ${counted[where].sql} ${order} LIMIT ?) x`,
          counted[where],
          [upTo]
        );
        return Number(row.n);
      },
      async slice(tier, limit, offset) {
        const rows = await rowsOf(
          `SELECT i.id AS id FROM ${from} WHERE (${narrow.sql}) AND i.locale = ? AND ${tiers[tier].sql} ORDER BY i.sort_at DESC, i.id DESC LIMIT ? OFFSET ?`,
          tiers[tier],
          [limit, offset]
        );
        return rows.map((row) => Number(row.id));
      },
    });
  },
};
