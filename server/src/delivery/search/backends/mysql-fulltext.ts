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
 * the newest 200 rows of the locale (their tokens, read through the (locale, sort_at, id) index),
 * and plans each scope (all hits, title hits, title-or-lead hits: the tiers) on its own:
 * - a query that many of them match (a common word) is answered by walking that index newest first
 *   and checking each row's folded text, which stops as soon as the page (or the count) is full;
 * - otherwise FULLTEXT narrows the rows down with the query's rarer words only (common ones would
 *   only cost), and the candidates are checked and sorted. The column also holds each title word
 *   marked `t_` and each title-or-lead word marked `h_`, so a rare title tier of common words
 *   (`bóng đá việt nam`) is narrowed by short lists instead of walked through thousands of rows.
 * Every row is checked on the folded text (`LOCATE` of ` word ` or ` the phrase `), so every plan
 * gives exactly the same answers; the tests run every query under several thresholds.
 */
import { fulltextDocument, fulltextQuery, fulltextTokens, scopedToken, termNeedle, type FulltextScope } from '../rules/index-terms';
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

/** A plan per scope: counting or listing all hits, title hits, title-or-lead hits. */
type Plans = Record<FulltextScope, Plan>;

const SCOPES: FulltextScope[] = ['all', 'title', 'head'];

/**
 * Rows a walk may be expected to read before narrowing by a common word (one in over 5% of the rows,
 * so thousands of candidates at this size) is the better way.
 */
const WALK_ROWS_MAX = 4000;

/**
 * Reads the sample: how many of the newest rows hold each token, in each scope, and all of them
 * (the query, near enough: a phrase's words may stand apart). Only the token column is read.
 */
const sampleOf = async (knex: Knex, table: string, query: BackendQuery) => {
  const tokens = fulltextTokens(query.terms);
  const test = 'LOCATE(?, i.padded) > 0';
  const sums: string[] = [];
  const needles: string[] = [];
  for (const scope of SCOPES) {
    const own = tokens.map((token) => ` ${scopedToken(scope, token)} `);
    // Aliases `in_<scope>` and `in_<scope>_<n>` (`all` alone is a reserved word).
    sums.push(...tokens.map((_, n) => `SUM(${test}) AS in_${scope}_${n}`), `SUM(${tokens.map(() => test).join(' AND ')}) AS in_${scope}`);
    needles.push(...own, ...own);
  }
  const [row] = resultRows(
    await knex.raw(
      `SELECT ${sums.join(', ')} FROM (` +
        `SELECT CONCAT(' ', terms, ' ') AS padded FROM ${table} FORCE INDEX (${RECENT}) WHERE locale = ? ORDER BY sort_at DESC, id DESC LIMIT ?) i`,
      [...needles, query.locale, SAMPLE_ROWS]
    )
  ) as Array<Record<string, number | string | null>>;
  return { tokens, count: (scope: FulltextScope, n?: number) => Number(row[n === undefined ? `in_${scope}` : `in_${scope}_${n}`] ?? 0) };
};

/**
 * A plan per scope from the sample. The query common in the scope (`commonFrom` of the sample's
 * rows): walk newest first. Otherwise narrow with FULLTEXT on the scope's rarer tokens; when none is
 * rare, walk if the sample says the rows wanted are near enough, else narrow with the least common.
 */
const plansOf = async (knex: Knex, table: string, query: BackendQuery): Promise<Plans> => {
  const { tokens, count } = await sampleOf(knex, table, query);
  const common = commonFrom();
  const wanted = Math.max(query.offset + query.limit, 1);
  const planFor = (scope: FulltextScope): Plan => {
    // Hits read in the scope: the page, and for all hits the total too (counted up to countUpTo).
    const needed = scope === 'all' ? Math.max(wanted, query.countUpTo) : wanted;
    const whole = count(scope);
    if (whole >= common) return { walk: true, narrowBy: [] };
    const seen = tokens.map((token, n) => ({ token: scopedToken(scope, token), rows: count(scope, n) }));
    const rare = seen.filter((entry) => entry.rows < common).map((entry) => entry.token);
    if (rare.length) return { walk: false, narrowBy: rare };
    if (whole > 0 && (needed * SAMPLE_ROWS) / whole <= WALK_ROWS_MAX) return { walk: true, narrowBy: [] };
    return { walk: false, narrowBy: [seen.reduce((a, b) => (b.rows < a.rows ? b : a)).token] };
  };
  return { all: planFor('all'), title: planFor('title'), head: planFor('head') };
};

/** Which plan each count and each tier's slice follows. */
const COUNT_SCOPE = { all: 'all', title: 'title', titleOrLead: 'head' } as const;
const TIER_SCOPE = { title: 'title', lead: 'head', body: 'all' } as const satisfies Record<Tier, FulltextScope>;

export const mysqlDialect: SqlDialect = {
  name: 'mysql-fulltext',
  version: 1,

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
    const plans = await plansOf(knex, table, query);
    /** FROM and the narrowing condition of a plan; a walk reads the index newest first and stops at the LIMIT. */
    const sourceOf = (plan: Plan) =>
      plan.walk
        ? { from: `${table} i FORCE INDEX (${RECENT})`, narrow: { sql: '1 = 1', bindings: [] } as Sql, order: 'ORDER BY i.sort_at DESC, i.id DESC' }
        : { from: `${table} i`, narrow: { sql: 'MATCH (i.terms) AGAINST (? IN BOOLEAN MODE)', bindings: [fulltextQuery(plan.narrowBy)] } as Sql, order: '' };
    const rowsOf = async (sql: string, narrow: Sql, where: Sql, extra: unknown[]) =>
      resultRows(await knex.raw(sql, [...narrow.bindings, query.locale, ...where.bindings, ...extra])) as Array<Record<string, number | string>>;
    return tieredSearch(query, {
      async count(where, upTo) {
        const { from, narrow, order } = sourceOf(plans[COUNT_SCOPE[where]]);
        const [row] = await rowsOf(
          `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${from} WHERE (${narrow.sql}) AND i.locale = ? AND ${counted[where].sql} ${order} LIMIT ?) x`,
          narrow,
          counted[where],
          [upTo]
        );
        return Number(row.n);
      },
      async slice(tier, limit, offset) {
        const { from, narrow } = sourceOf(plans[TIER_SCOPE[tier]]);
        const rows = await rowsOf(
          `SELECT i.id AS id FROM ${from} WHERE (${narrow.sql}) AND i.locale = ? AND ${tiers[tier].sql} ORDER BY i.sort_at DESC, i.id DESC LIMIT ? OFFSET ?`,
          narrow,
          tiers[tier],
          [limit, offset]
        );
        return rows.map((row) => Number(row.id));
      },
    });
  },
};
