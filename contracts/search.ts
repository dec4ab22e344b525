/** Article search: the public route, its parameters and its answer (REST and GraphQL alike). */

/** Under the content API's /api/newsroom; declared before `/articles/:id`. */
export const SEARCH_PATH = '/articles/search';

/** The query parameters the route takes; anything else is a 400. */
export const SEARCH_PARAMETERS = ['q', 'page', 'pageSize', 'locale'] as const;

/** Hits on a page when `pageSize` is not given. */
export const SEARCH_DEFAULT_PAGE_SIZE = 10;

/** Highest page number accepted (deeper pages are a 400: nobody reads them, robots would). */
export const SEARCH_MAX_PAGE = 1000;

/**
 * One thing the query asks for, folded (lower case, no diacritics, `đ` → `d`): a word (`['ha']`)
 * or a phrase (`['ha', 'noi']`, from `"Hà Nội"` or a word with inner punctuation such as `covid-19`).
 * A hit holds every term, each as whole words, a phrase's words in a row.
 */
export type SearchTerm = string[];

/** A parsed, valid request. */
export interface SearchRequest {
  /** The query as given (trimmed). */
  q: string;
  /** What it asks for; empty when it holds no letter or digit (the answer is then empty). */
  terms: SearchTerm[];
  page: number;
  pageSize: number;
  /** The locale asked for; absent: the default locale. */
  locale?: string;
}

/** Where a hit's terms were found: every term in the title, every term in the title or lead, or else. */
export type SearchField = 'title' | 'lead' | 'body';

/** `[start, end)` offsets (UTF-16 code units, as JavaScript indexes strings) into the text beside it. */
export type SearchRange = [number, number];

export interface SearchHit {
  documentId: string;
  locale: string | null;
  /** The published title (NFC). */
  title: string;
  slug: string | null;
  bylineText: string | null;
  /** The published version's date, and the first publication's (recency ranks by the latter). */
  publishedAt: string;
  firstPublishedAt: string;
  /** The best field that holds the terms (see {@link SearchField}); hits are ranked by it first. */
  matchedIn: SearchField;
  /** Plain text (NFC) from the lead or body around the first match, at most `search.snippetLength` characters. */
  snippet: string;
  /** The matched words in `snippet`. */
  ranges: SearchRange[];
  /** The matched words in `title`. */
  titleRanges: SearchRange[];
}

export interface SearchResponse {
  data: SearchHit[];
  meta: {
    /** `total` is the number of hits, or `search.maxHits` when there are more (then `totalCapped`). */
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    /** More articles match than `total` says; pages end at `search.maxHits` hits. */
    totalCapped: boolean;
    /** The locale searched, and the terms as the server read them (folded; a phrase's words joined by a space). */
    locale: string | null;
    terms: string[];
  };
}
