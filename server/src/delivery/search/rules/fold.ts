/**
 * @packageDocumentation
 * Folding: how text and queries are compared, so that a reader typing without diacritics finds
 * text written with them, and the other way round.
 *
 * Every code point is folded on its own (the same function for the stored text, the query and the
 * highlights): compatibility-decomposed (NFKD: precomposed, decomposed and mixed input alike;
 * fullwidth letters and `²` are letters and digits), lower-cased, its combining marks removed (tone
 * and vowel marks: `ế` → `e`, `ư` → `u`), `đ`/`Đ` → `d`, and a few Latin letters that carry no mark
 * in Unicode read as their base letter (`ø` → `o`, `ß` → `ss`, `æ` → `ae`, `ł` → `l`…). A combining
 * mark on its own (decomposed input) or an invisible character (zero-width space or joiner, soft
 * hyphen) folds to nothing and joins its neighbours; any other character that is not a letter or a
 * digit separates words. The folded text is its words — maximal runs of letters and digits — joined
 * by one space: `Hà Nội, Đắk Lắk!` → `ha noi dak lak`.
 *
 * `slugs/to-slug` applies the same Vietnamese rules but keeps only `a-z0-9` (a URL); search keeps
 * the letters of every script, so it is a function of its own.
 */

/** Bump when the rules change: the index is rebuilt at start-up for rows folded by older rules. */
export const FOLD_VERSION = 1;

/** Lower-case letters that keep no mark under NFKD → their reading (đ is the Vietnamese one). */
const LETTERS: Record<string, string> = {
  đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', þ: 'th', ı: 'i', ħ: 'h',
  ŧ: 't', ŋ: 'n', ĸ: 'k', ſ: 's', ə: 'e', ƒ: 'f', ŀ: 'l', ŉ: 'n', ς: 'σ',
};

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A code point that folds to nothing and does not separate words. */
const JOINS = '';
/** A code point that separates words. */
const SEPARATES = ' ';

/** ASCII folds by table; the others are computed once and remembered. */
const ASCII: string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code).toLowerCase();
  return /^[a-z0-9]$/.test(ch) ? ch : SEPARATES;
});
const cache = new Map<number, string>();
const CACHE_MAX = 20000;

const foldOther = (ch: string): string => {
  if (MARK.test(ch) || INVISIBLE.test(ch)) return JOINS;
  let out = '';
  for (const part of ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '')) {
    out += LETTERS[part] ?? (WORD_CHAR.test(part) ? part : SEPARATES);
  }
  if (out === '') return JOINS;
  // A compatibility character may decompose to letters and spaces (`㍱` → `hpa`, `¼` → `1 4`).
  return out.replace(/ +/g, SEPARATES);
};

/** One code point, folded: letters and digits, `' '` (separates) or `''` (joins). */
export const foldCodePoint = (code: number): string => {
  if (code < 0x80) return ASCII[code];
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = foldOther(String.fromCodePoint(code));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(code, folded);
  }
  return folded;
};

/** Folded text and, for each of its UTF-16 units, where in the original it came from. */
export interface FoldedText {
  /** The words, joined by single spaces, no space at either end. */
  text: string;
  /** `start[k]`: offset in the original of the character folded into `text[k]`. */
  start: number[];
  /** `end[k]`: offset just after that character, its combining marks included. */
  end: number[];
}

const fold = (input: string, withOffsets: boolean): FoldedText => {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < input.length; ) {
    const code = input.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const piece = foldCodePoint(code);
    if (piece === JOINS) {
      // A mark belongs to the letter before it: a highlight of that letter takes the mark too.
      if (withOffsets && end.length > 0 && !pendingSpace) end[end.length - 1] = i + width;
    } else {
      for (let j = 0; j < piece.length; j++) {
        const ch = piece[j];
        if (ch === SEPARATES) {
          if (text.length > 0) pendingSpace = true;
          continue;
        }
        if (pendingSpace) {
          text += SEPARATES;
          if (withOffsets) {
            start.push(i);
            end.push(i);
          }
          pendingSpace = false;
        }
        text += ch;
        if (withOffsets) {
          start.push(i);
          end.push(i + width);
        }
      }
    }
    i += width;
  }
  return { text, start, end };
};

/** `input` folded: its words, folded, joined by one space (`'Hà Nội!'` → `'ha noi'`). */
export const foldText = (input: string): string => fold(input, false).text;

/** `input` folded, with the offsets that map the folded text back onto `input` (for highlights). */
export const foldWithOffsets = (input: string): FoldedText => fold(input, true);

/** The folded words of `input`. */
export const foldedWords = (input: string): string[] => {
  const text = foldText(input);
  return text === '' ? [] : text.split(SEPARATES);
};

/** Folded text as stored in the index: one space at each end, so `' ha noi '` finds a whole phrase. */
export const padded = (folded: string): string => ` ${folded} `;
