/**
 * @packageDocumentation
 * Reading a search request: `q` into terms (words and phrases, folded), and the paging and locale
 * parameters. Pure: no Strapi, no database.
 *
 * Syntax of `q`: words separated by spaces, all required (`ha noi` finds a text holding `Hà` and
 * `Nội` anywhere); `"…"` (straight or curly quotes) holds a phrase whose words must stand in a row
 * (`"Hà Nội"`); a word with punctuation inside (`covid-19`, `U.23`) is a phrase of its parts. An
 * unclosed quote runs to the end. Every other character — operators of the databases' own query
 * languages (`+ - * ( ) : ~ @ < > | & ^ $ \ '`) included — only separates words: nothing the reader
 * types reaches a database's query language as syntax.
 */

import {
  SEARCH_DEFAULT_PAGE_SIZE,
  SEARCH_MAX_PAGE,
  SEARCH_PARAMETERS,
  type SearchRequest,
  type SearchTerm,
} from '../../../../../contracts/search';
import { fieldError, type FieldError, type Parsed } from '../../../shared/parsed';
import { foldedWords } from './fold';

/** Most terms in one query: each is a condition of the query (a 400 past it). */
export const SEARCH_MAX_TERMS = 32;

const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SPACE = /\s/u;

/** The terms of `q`, folded, without duplicates, in the order typed. */
export const parseTerms = (q: string): SearchTerm[] => {
  const chunks: string[] = [];
  let current = '';
  let quoted = false;
  const flush = () => {
    if (current !== '') chunks.push(current);
    current = '';
  };
  for (const ch of q) {
    if (QUOTES.has(ch)) {
      flush();
      quoted = !quoted;
    } else if (!quoted && SPACE.test(ch)) {
      flush();
    } else {
      current += ch;
    }
  }
  flush();
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const chunk of chunks) {
    const words = foldedWords(chunk);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(words);
  }
  return terms;
};

/** i18n locale codes: `vi`, `en`, `pt-BR`, `zh-Hans`. */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const WHOLE = /^[1-9][0-9]{0,8}$/;

export interface SearchLimits {
  maxQueryLength: number;
  pageSizeMax: number;
}

/**
 * `?q=&page=&pageSize=&locale=` (GraphQL's arguments are read the same way, as strings). A missing,
 * blank or too long `q`, too many terms, a page or page size that is not a whole number in range, a
 * malformed locale, a repeated or nested parameter (`q[]=`, `q[$ne]=`) or an unknown one → errors
 * (a 400). A `q` without any letter or digit (`!!!`, `"" -*`) is valid and has no terms: its answer
 * is empty.
 */
export const parseSearchQuery = (query: Record<string, unknown>, limits: SearchLimits): Parsed<SearchRequest> => {
  const errors: FieldError[] = [];
  const value: Partial<Record<(typeof SEARCH_PARAMETERS)[number], string>> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (!(SEARCH_PARAMETERS as readonly string[]).includes(key)) {
      errors.push(fieldError(key, `Unknown parameter "${key}": search takes ${SEARCH_PARAMETERS.join(', ')}`));
    } else if (typeof raw !== 'string') {
      errors.push(fieldError(key, `${key} must be given once, as a plain string`));
    } else {
      value[key as (typeof SEARCH_PARAMETERS)[number]] = raw;
    }
  }
  if (errors.length) return { ok: false, errors };

  const q = (value.q ?? '').trim();
  let terms: SearchTerm[] = [];
  if (q === '') errors.push(fieldError('q', 'q is required: the words to search for'));
  else if ([...q].length > limits.maxQueryLength) errors.push(fieldError('q', `q must be at most ${limits.maxQueryLength} characters`));
  else {
    terms = parseTerms(q);
    if (terms.length > SEARCH_MAX_TERMS) errors.push(fieldError('q', `q must hold at most ${SEARCH_MAX_TERMS} words or phrases`));
  }

  const whole = (key: 'page' | 'pageSize', fallback: number, max: number): number => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    if (!WHOLE.test(raw) || Number(raw) > max) {
      errors.push(fieldError(key, `${key} must be a whole number from 1 to ${max}`));
      return fallback;
    }
    return Number(raw);
  };
  const page = whole('page', 1, SEARCH_MAX_PAGE);
  const pageSize = whole('pageSize', Math.min(SEARCH_DEFAULT_PAGE_SIZE, limits.pageSizeMax), limits.pageSizeMax);

  if (value.locale !== undefined && !LOCALE.test(value.locale)) errors.push(fieldError('locale', 'locale must be a locale code such as "vi"'));

  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { q, terms, page, pageSize, ...(value.locale !== undefined ? { locale: value.locale } : {}) } };
};
