/**
 * MariaDB / MySQL: an InnoDB FULLTEXT index on a column of tokens made from the folded words
 * (`rules/index-terms` › `fulltextToken`): InnoDB skips tokens under `innodb_ft_min_token_size` (3),
 * and most Vietnamese syllables are shorter (`ha`, `do`, `o`), so short words are padded with `_` to
 * three characters, the same way in the text and in the query, and no server setting has to change.
 * The index is created without InnoDB's English stop words (`the`, `an`, `la` are Vietnamese words
 * once folded). A query requires every token (`+ha_ +noi` in boolean mode); phrases and words that
 * are not plain ASCII letters or digits are checked again on the folded text with `LOCATE`. The
 * columns use a binary collation: the text is already folded, and byte comparison is the fastest.
 */
import { fulltextDocument, fulltextQuery, isPlainTerm } from '../rules/index-terms';
import type { IndexRow, Knex } from '../search-backend';
import { INDEX_TABLE, resultRows, rankedSearch, type NativeMatch, type SqlDialect } from './sql-backend';

const LOCK = 'newsroom_search_index';

const native: NativeMatch = {
  from: (table) => `${table} i`,

  match: (terms) => ({ sql: 'MATCH (i.terms) AGAINST (? IN BOOLEAN MODE)', bindings: [fulltextQuery(terms)] }),

  exact: isPlainTerm,

  contains: (column) => `LOCATE(?, ${column}) > 0`,
};

export const mysqlDialect: SqlDialect = {
  name: 'mysql-fulltext',

  async create(knex: Knex, table: string) {
    const name = knex.raw('??', [table]).toQuery();
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
        const existing = resultRows(
          await trx.raw(
            'SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ?',
            [INDEX_TABLE, `${INDEX_TABLE}_fulltext`]
          )
        );
        if (existing.length === 0) {
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

  search: (knex, table, query) => rankedSearch(knex, table, native, query),
};
