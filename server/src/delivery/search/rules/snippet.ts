/**
 * Highlights and snippets. Matches are found on the folded text (the same folding as the index) and
 * mapped back onto the original, so a range covers the words as written, diacritics included:
 * `ha noi` in `Thủ đô Hà Nội.` → `[7, 13]`. Ranges are `[start, end)` offsets in UTF-16 code units.
 */

import type { SearchRange, SearchTerm } from '../../../../../contracts/search';
import { foldWithOffsets } from './fold';

const ELLIPSIS = '\u2026';

/** Overlapping or touching ranges merged, in order. */
const merge = (ranges: SearchRange[]): SearchRange[] => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: SearchRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
};

/** Every whole-word occurrence of each term in `text`, as ranges of `text`, merged. */
export const findMatches = (text: string, terms: SearchTerm[]): SearchRange[] => {
  if (terms.length === 0 || text === '') return [];
  const folded = foldWithOffsets(text);
  const haystack = ` ${folded.text} `;
  const ranges: SearchRange[] = [];
  for (const term of terms) {
    const needle = ` ${term.join(' ')} `;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      // haystack[at] is the space before the term: the term's first character is folded.text[at].
      const first = at;
      const last = at + needle.length - 3;
      ranges.push([folded.start[first], folded.end[last]]);
    }
  }
  return merge(ranges);
};

const isSpace = (text: string, at: number): boolean => text[at] === ' ';
const isLowSurrogate = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

export interface Snippet {
  snippet: string;
  ranges: SearchRange[];
}

/**
 * At most `maxLength` characters of `text` (plain, one space between words) around its first match
 * (or from its start), cut between words where it can, with `…` where text was left out; and the
 * matches inside it.
 */
export const makeSnippet = (text: string, terms: SearchTerm[], maxLength: number): Snippet => {
  const matches = findMatches(text, terms);
  if (text.length <= maxLength) return { snippet: text, ranges: matches };

  const budget = Math.max(1, maxLength - 2); // room for an ellipsis at each end
  const anchor = matches.length ? matches[0][0] : 0;
  let start = Math.max(0, anchor - Math.floor(budget / 4));
  if (start + budget > text.length) start = Math.max(0, text.length - budget);
  let end = Math.min(text.length, start + budget);
  // Cut between words: start after a space (unless that would pass the first match), end before one.
  if (start > 0 && !isSpace(text, start - 1)) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < anchor && space + 1 < end) start = space + 1;
  }
  if (end < text.length && !isSpace(text, end)) {
    const space = text.lastIndexOf(' ', end - 1);
    const keep = matches.length ? Math.min(matches[0][1], end) : start;
    if (space > start && space >= keep) end = space;
  }
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (start > 0 && isLowSurrogate(text, start)) start++;
  if (end < text.length && isLowSurrogate(text, end)) end--;

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const ranges: SearchRange[] = [];
  for (const [from, to] of matches) {
    if (to <= start || from >= end) continue;
    ranges.push([Math.max(from, start) + shift, Math.min(to, end) + shift]);
  }
  return { snippet: prefix + text.slice(start, end) + suffix, ranges };
};

/**
 * A hit's snippet: from the lead when the terms are found there, else from the body when they are
 * found there, else the start of the lead (or of the body when there is no lead).
 */
export const hitSnippet = (lead: string, body: string, terms: SearchTerm[], maxLength: number): Snippet => {
  for (const text of [lead, body]) {
    if (findMatches(text, terms).length > 0) return makeSnippet(text, terms, maxLength);
  }
  return makeSnippet(lead !== '' ? lead : body, terms, maxLength);
};
