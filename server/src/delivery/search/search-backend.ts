/**
 * The search backend: the one module that stores the searchable text and answers queries. The
 * plugin ships one per database (SQLite FTS5, PostgreSQL full text, MariaDB/MySQL FULLTEXT), chosen
 * at bootstrap; a site that outgrows its database replaces it with a dedicated engine
 * (Elasticsearch, Meilisearch, Typesense…) by implementing this interface — see the README's
 * "Search › Another engine".
 *
 * What the plugin guarantees a backend:
 * - `replace` is called inside the transaction of every article write (create, update, clone,
 *   publish, unpublish, discard draft, delete — admin, REST, GraphQL, scheduler, seeds), with the
 *   document's published rows as they are once the write is done (none after an unpublish or a
 *   delete). Only published rows are ever given. Throwing rolls the write back.
 * - Rows arrive folded (`rules/fold`: lower case, no diacritics, `đ` → `d`, words separated by one
 *   space, one space at each end), and so do the query's terms: a backend compares folded words only.
 * - `search` gets terms that are words or phrases of folded words (letters and digits only).
 */
import type { SearchField, SearchTerm } from '../../../../contracts/search';

/** Knex, as Strapi's database layer exposes it (a transaction is one too). */
export type Knex = import('@strapi/strapi').Core.Strapi['db']['connection'];

/** One published article row (one locale of a document), ready to index. */
export interface IndexRow {
  /** The published row's id in the article table. */
  id: number;
  documentId: string;
  /** '' for an article type without i18n. */
  locale: string;
  /** Recency, in ms since the epoch: the first publication (else this publication). */
  sortAt: number;
  /** Folded and padded (`' ha noi '`): title, lead, body (plain text). */
  title: string;
  lead: string;
  body: string;
}

export interface BackendQuery {
  /** At least one term; every one must be found (phrases as whole words in a row, within one field). */
  terms: SearchTerm[];
  locale: string;
  offset: number;
  limit: number;
  /** Count hits up to this many (`search.maxHits` + 1): a backend may stop counting there. */
  countUpTo: number;
}

export interface BackendMatch {
  /** The published article row. */
  id: number;
  /** `title`: every term is in the title; `lead`: every term is in the title or lead; else `body`. */
  field: SearchField;
}

export interface BackendResult {
  /** Hits in all, for paging, or `countUpTo` when there are at least that many. */
  total: number;
  /** This page, ranked: `title` before `lead` before `body`, then newest first (`sortAt`), then highest id. */
  matches: BackendMatch[];
}

/** A published article row not indexed as it should be (missing, or folded by older rules). */
export interface PendingRow {
  id: number;
  documentId: string;
}

export interface SearchBackend {
  /** Shown in the start-up log, e.g. `sqlite-fts5`. */
  readonly name: string;
  /** Creates what it needs (tables, native index) if missing; called at every start, must be idempotent. */
  prepare(): Promise<void>;
  /** Makes the index hold exactly `rows` for these documents (every locale); `trx` is the write's transaction. */
  replace(documentIds: string[], rows: IndexRow[], trx: Knex): Promise<void>;
  /** One ranked page of hits for `query.locale`. */
  search(query: BackendQuery): Promise<BackendResult>;
  /** Published rows after `afterId` (by id) that are not indexed, or indexed by older folding rules. */
  pending(afterId: number, limit: number): Promise<PendingRow[]>;
  /** Removes entries whose article row is gone or no longer published; returns how many. */
  prune(): Promise<number>;
  /** Optional: after a catch-up wrote many rows, e.g. refresh the database's statistics or rebuild the index. */
  maintain?(): Promise<void>;
}
