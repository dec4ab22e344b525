/**
 * What the native text indexes are given and asked, derived from folded words. Pure.
 *
 * The native indexes only narrow the rows down (every row holding the terms is among their
 * candidates); a term they may not answer exactly is checked again on the folded text (whole words
 * in a row, within one field). A single word of ASCII letters only or digits only is a word to
 * every tokenizer, so its index answer is exact and needs no check; phrases and other words do.
 */
import { createHash } from 'crypto';
import type { SearchTerm } from '../../../../../contracts/search';

const PLAIN_WORD = /^(?:[a-z]+|[0-9]+)$/;

/** Longest token InnoDB indexes by default (`innodb_ft_max_token_size`). */
export const FULLTEXT_MAX_TOKEN = 84;
/** Shortest token InnoDB indexes by default (`innodb_ft_min_token_size`). */
export const FULLTEXT_MIN_TOKEN = 3;

/** Whether a native index answers this term exactly (see the module comment). */
export const isPlainTerm = (term: SearchTerm): boolean =>
  term.length === 1 && term[0].length <= FULLTEXT_MAX_TOKEN - 2 && PLAIN_WORD.test(term[0]);

/**
 * A folded word as a MariaDB/MySQL FULLTEXT token. InnoDB skips tokens shorter than 3 characters —
 * and Vietnamese is full of two-letter syllables (`ha`, `do`, `la`) and one-letter ones (`o`, `a`)
 * — so a short ASCII word gets `_` appended up to 3 characters (`ha` → `ha_`, `o` → `o__`): `_` is a
 * word character to InnoDB but never part of a folded word, so these tokens meet no real word.
 * Other ASCII words are themselves. A word with other characters, or too long to index, becomes
 * `x` + 24 hex digits of its SHA-1: one token whatever InnoDB's parser makes of its script (such
 * terms are checked again on the text).
 */
export const fulltextToken = (word: string): string => {
  if (/^[a-z0-9]+$/.test(word) && word.length <= FULLTEXT_MAX_TOKEN - 2) {
    return word.length >= FULLTEXT_MIN_TOKEN ? word : word.padEnd(FULLTEXT_MIN_TOKEN, '_');
  }
  return `x${createHash('sha1').update(word).digest('hex').slice(0, 24)}`;
};

/** Where a FULLTEXT token says its word is: anywhere, in the title, or in the title or lead (the head). */
export type FulltextScope = 'all' | 'title' | 'head';

/**
 * A token for a scope: itself (anywhere), `t_` + it (in the title), `h_` + it (in the head), so a
 * search of one tier reads that tier's short posting lists. Never a plain token: those have no `_`
 * in second place before a letter or digit; a token is at most 82 characters, so 84 with the mark.
 */
export const scopedToken = (scope: FulltextScope, token: string): string =>
  scope === 'all' ? token : `${scope === 'title' ? 't' : 'h'}_${token}`;

const tokensOf = (text: string): string[] => text.split(' ').filter((word) => word !== '').map(fulltextToken);

/**
 * The FULLTEXT column of a row: the token of every word of its folded fields, then each distinct
 * title token marked for the title and each distinct title or lead token marked for the head.
 */
export const fulltextDocument = (title: string, lead: string, body: string): string => {
  const inTitle = tokensOf(title);
  const inLead = tokensOf(lead);
  return [
    ...inTitle,
    ...inLead,
    ...tokensOf(body),
    ...new Set(inTitle.map((token) => scopedToken('title', token))),
    ...new Set([...inTitle, ...inLead].map((token) => scopedToken('head', token))),
  ].join(' ');
};

/** The distinct FULLTEXT tokens of a query's words, in the order typed. Tokens hold `[a-z0-9_]` only. */
export const fulltextTokens = (terms: SearchTerm[]): string[] => [...new Set(terms.flat().map(fulltextToken))];

/** A boolean-mode query requiring every token: `+ha_ +noi`. */
export const fulltextQuery = (tokens: string[]): string => tokens.map((token) => `+${token}`).join(' ');

/** An FTS5 query requiring every term, each a quoted phrase: `"ha noi" AND "lu"`. Words hold letters and digits only. */
export const fts5Query = (terms: SearchTerm[]): string => terms.map((term) => `"${term.join(' ')}"`).join(' AND ');

/** Words a PostgreSQL `plainto_tsquery('simple', …)` should require: those its parser sees a letter or digit in. */
export const tsqueryText = (terms: SearchTerm[]): string =>
  [...new Set(terms.flat())].filter((word) => /[\p{L}0-9]/u.test(word)).join(' ');

/** A term as the folded text holds it, to find with a substring search: `' ha noi '`. */
export const termNeedle = (term: SearchTerm): string => ` ${term.join(' ')} `;

/** Longest word kept whole in a PostgreSQL lexeme; a longer one is cut (and its term checked on the text). */
export const LEXEME_WORD_MAX = 100;

/** Marks of the lexemes that say where a word stands: in the title, in the lead (never in a folded word). */
export const LEXEME_MARKS = { title: 't#', lead: 'l#' } as const;

const lexemeWord = (word: string): string => word.slice(0, LEXEME_WORD_MAX);

/** A term's lexemes: its word, or the pairs of neighbouring words of a phrase (`ha noi`, `noi mua`). */
export const termLexemes = (term: SearchTerm): string[] => {
  const words = term.map(lexemeWord);
  if (words.length === 1) return words;
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
};

/** Whether the lexemes of a term say exactly where it is (one word or two, none cut). */
export const isLexemeExact = (term: SearchTerm): boolean => term.length <= 2 && term.every((word) => word.length <= LEXEME_WORD_MAX);

/**
 * A row's PostgreSQL lexemes: every word and every pair of neighbouring words of its folded title,
 * lead and body, and the same again marked `t#` for the title and `l#` for the lead. Looking up
 * lexemes needs no tokenizer and no position: a two-word phrase is one lexeme, and the tiers are
 * lexeme lookups too.
 */
export const documentLexemes = (title: string, lead: string, body: string): string[] => {
  const lexemes = new Set<string>();
  const add = (folded: string, mark: string) => {
    const words = folded.split(' ').filter((word) => word !== '').map(lexemeWord);
    words.forEach((word, i) => {
      lexemes.add(mark + word);
      if (i > 0) lexemes.add(`${mark}${words[i - 1]} ${word}`);
    });
  };
  for (const folded of [title, lead, body]) add(folded, '');
  add(title, LEXEME_MARKS.title);
  add(lead, LEXEME_MARKS.lead);
  return [...lexemes];
};

const quoteLexeme = (lexeme: string): string => `'${lexeme}'`;
const allOf = (lexemes: string[], mark: string): string => `(${lexemes.map((lexeme) => quoteLexeme(mark + lexeme)).join(' & ')})`;

/**
 * A tsquery (its text, cast with `::tsquery`) requiring every term: anywhere (`where` = `all`), in
 * the title, or each in the title or the lead. Lexemes hold letters, digits, spaces and `#` only.
 */
export const lexemeQuery = (terms: SearchTerm[], where: 'all' | 'title' | 'titleOrLead'): string =>
  terms
    .map((term) => {
      const lexemes = termLexemes(term);
      if (where === 'all') return allOf(lexemes, '');
      if (where === 'title') return allOf(lexemes, LEXEME_MARKS.title);
      return `(${allOf(lexemes, LEXEME_MARKS.title)} | ${allOf(lexemes, LEXEME_MARKS.lead)})`;
    })
    .join(' & ');
