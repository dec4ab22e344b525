/**
 * PostgreSQL: built-in full text (`tsvector` + GIN), no extension needed (`pg_trgm` and `unaccent`
 * may not be installable on a managed database, and the folding is done before the text reaches
 * PostgreSQL anyway).
 *
 * The tsvectors are made from lexemes the plugin computes (`array_to_tsvector`, no parser and no
 * dictionary, so the database can never cut a word differently from the folding): every folded word
 * and every pair of neighbouring words (`ha noi`), in `document`; the same marked `t#` (title) and
 * `l#` (lead) in `head`. A word or a two-word phrase is then one exact GIN lookup; a longer phrase
 * requires all its word pairs and is checked again on the folded text (`strpos`). The tiers are
 * lookups of marked lexemes in `head`, which stays in the row (small, `STORAGE MAIN`); the text and
 * `document` are moved out of the row (`toast_tuple_target`), so that counting hits visits a narrow
 * table. Pages are read newest first from a B-tree on (locale, sort_at, id): for a common term
 * PostgreSQL walks it and stops after one page; for a rare one it takes the GIN index.
 */
import { documentLexemes, isLexemeExact, lexemeQuery, termNeedle } from '../rules/index-terms';
import type { BackendQuery, BackendResult, IndexRow, Knex } from '../search-backend';
import { INDEX_TABLE, resultRows, tieredSearch, type SqlDialect, type Tier } from './sql-backend';

/** Serialises the creation across instances starting together (CREATE … IF NOT EXISTS can race). */
const LOCK_KEY = 0x6e657773; // "news"

type Where = 'all' | 'title' | 'titleOrLead';

/** SQL and bindings requiring every term in `where`: GIN lookups, and a text check for long phrases. */
const condition = (query: BackendQuery, where: Where): { sql: string; bindings: unknown[] } => {
  const column = where === 'all' ? 'i.document' : 'i.head';
  const parts = [`${column} @@ ?::tsquery`];
  const bindings: unknown[] = [lexemeQuery(query.terms, where)];
  const fields = where === 'all' ? ['title_text', 'lead_text', 'body_text'] : where === 'title' ? ['title_text'] : ['title_text', 'lead_text'];
  for (const term of query.terms) {
    if (isLexemeExact(term)) continue;
    parts.push(`(${fields.map((field) => `strpos(i.${field}, ?) > 0`).join(' OR ')})`);
    bindings.push(...fields.map(() => termNeedle(term)));
  }
  return { sql: parts.join(' AND '), bindings };
};

export const postgresDialect: SqlDialect = {
  name: 'postgres-tsvector',
  version: 0,

  async create(knex: Knex, table: string) {
    const name = knex.raw('??', [table]).toQuery();
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
      await trx.raw(`CREATE TABLE IF NOT EXISTS ${name} (
        id integer PRIMARY KEY,
        document_id varchar(255) NOT NULL,
        locale varchar(255) NOT NULL,
        sort_at bigint NOT NULL,
        version integer NOT NULL,
        signature varchar(40) NOT NULL,
        title_text text NOT NULL,
        lead_text text NOT NULL,
        body_text text NOT NULL,
        head tsvector NOT NULL,
        document tsvector NOT NULL
      ) WITH (toast_tuple_target = 128)`);
      await trx.raw(`ALTER TABLE ${name} ALTER COLUMN head SET STORAGE MAIN`);
      await trx.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_document ON ${name} (document_id)`);
      await trx.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_recent ON ${name} (locale, sort_at DESC, id DESC)`);
      await trx.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_fulltext ON ${name} USING gin (document)`);
      await trx.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_head ON ${name} USING gin (head)`);
    });
  },

  extraColumns: (row: IndexRow) => ({
    // Placeholders, made into tsvectors by `toSql` below (knex binds the arrays).
    head: { lexemes: documentLexemes(row.title, row.lead, '').filter((lexeme) => lexeme.includes('#')) },
    document: { lexemes: documentLexemes(row.title, row.lead, row.body).filter((lexeme) => !lexeme.includes('#')) },
  }),

  async beforeWrite(trx, _table, rows) {
    for (const row of rows) {
      for (const column of ['head', 'document']) {
        const { lexemes } = row[column] as { lexemes: string[] };
        row[column] = trx.raw('array_to_tsvector(?::text[])', [lexemes]);
      }
    }
  },

  /** Fresh statistics: without them the planner misjudges how common a lexeme is. */
  async maintain(knex, table) {
    await knex.raw(`ANALYZE ${table}`);
  },

  search(knex, table, query): Promise<BackendResult> {
    // One read transaction: a sequential scan would read every row's tsvector out of line, where the
    // GIN and B-tree indexes answer from the narrow table.
    return knex.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      const all = condition(query, 'all');
      const title = condition(query, 'title');
      const head = condition(query, 'titleOrLead');
      const tiers: Record<Tier, { sql: string; bindings: unknown[] }> = {
        title,
        lead: { sql: `${head.sql} AND NOT (${title.sql})`, bindings: [...head.bindings, ...title.bindings] },
        body: { sql: `${all.sql} AND NOT (${head.sql})`, bindings: [...all.bindings, ...head.bindings] },
      };
      return tieredSearch(query, {
        async count(where, upTo) {
          const { sql, bindings } = where === 'all' ? all : where === 'title' ? title : head;
          const [row] = resultRows(
            await trx.raw(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${table} i WHERE i.locale = ? AND ${sql} LIMIT ?) x`, [query.locale, ...bindings, upTo])
          ) as Array<{ n: string }>;
          return Number(row.n);
        },
        async slice(tier, limit, offset) {
          const { sql, bindings } = tiers[tier];
          const rows = resultRows(
            await trx.raw(`SELECT i.id FROM ${table} i WHERE i.locale = ? AND ${sql} ORDER BY i.sort_at DESC, i.id DESC LIMIT ? OFFSET ?`, [
              query.locale,
              ...bindings,
              limit,
              offset,
            ])
          ) as Array<{ id: number }>;
          return rows.map((row) => Number(row.id));
        },
      });
    });
  },
};
