/**
 * @packageDocumentation
 * Whole-word, Vietnamese-aware matching of the moderators' words and phrases (moderation keywords,
 * block list). There is no built-in word list: only the configured entries are looked for.
 *
 * Text and entries are cut into words: maximal runs of letters, combining marks and digits. Anything
 * else (spaces, line breaks, punctuation, symbols, emoji) only separates words, so an entry never
 * matches inside a word (`ngu` is not in `người`, `nguồn`, `nguy`) and the words of a phrase may be
 * separated by any such run (`lừa đảo` is in `lừa   đảo`, `lừa-đảo`, `lừa.đảo`, `LỪA\nĐẢO`,
 * `lừa, đảo`). Invisible characters (zero-width spaces and joiners, soft hyphens…) are dropped first,
 * so `n\u200Bgu` is `ngu`.
 *
 * Each word is then compared in a canonical form:
 * - compatibility-decomposed (NFKD: NFC, NFD and mixed input are the same; fullwidth letters are
 *   letters) and lower-cased (`Đ` → `đ`, `Ư` → `ư`…; `ð`, which looks like `đ`, is read as `đ`);
 * - the tone mark (huyền, sắc, ngã, hỏi, nặng: U+0300, U+0301, U+0303, U+0309, U+0323) is taken off
 *   the letters and kept as an attribute of the word, so where it was placed does not matter:
 *   `hoà` = `hòa`, `thuỷ` = `thủy`, `khoẻ` = `khỏe`, `qúa` = `quá`.
 * Tones and vowel marks (circumflex, breve, horn) and `đ` stay significant: `ngu` ≠ `ngũ` ≠ `ngừ`,
 * `lừa đảo` ≠ `lúa đào`, `địt` ≠ `địa`, `cặc` ≠ `cặp`.
 *
 * Text typed without diacritics (the usual way to dodge a filter). A word is *unmarked* when it
 * carries no tone mark, no vowel mark and no `đ` (`d` stands for `đ`). An entry word matches a text
 * word when:
 * 1. both are the same canonical word (above); or
 * 2. the text word is unmarked, equals the entry word with all its marks removed (`đ` → `d`), and it
 *    stands on a line of the text where no word carries a mark, i.e. a line typed without
 *    diacritics.
 * Consequences:
 * - An entry written without any diacritic (`ngu`, `lua dao`, `cac`) only ever matches unmarked
 *   words with exactly its letters (`ngu`, `Ngu`, `NGU`; `lua dao`, `Lua-Dao`), never a word that
 *   carries a tone or vowel mark: `ngu` does not match `ngũ`, `ngừ` or `ngụ`, `cac` does not match
 *   `các` or `cắc`, `lua dao` does not match `lừa đảo`. (Reading `lua dao` as "also `lừa đảo`"
 *   would make `ngu` match `ngũ` in `đội ngũ`, which the moderation rules forbid.)
 * - An entry written with diacritics (`lừa đảo`, `đồ ngu`, `đụ`) matches the same words, and also
 *   their spelling typed without marks on a line typed without diacritics: `lua dao`, `LUA-DAO`,
 *   `do ngu`, `du`. On a line typed with diacritics, an unmarked word is a word of its own: `du` in
 *   `Đi du lịch` is not `đụ`, `cho` in `Mua cho con` is not `chó`, `lon` in `một lon bia` is not
 *   `lồn`. The flip side: a comment line typed without diacritics is ambiguous, and `di du lich`
 *   does match `đụ` (prefer phrases to single syllables whose bare spelling is an everyday word).
 * - A partly marked spelling is a marked line: in `lừa dao` or `Tôi bị lua dao`, `dao` is the word
 *   `dao` (a knife), so neither matches `lừa đảo`; only the exact words do (`Tôi bị lừa đảo`).
 *
 * Entries that are email addresses (contain `@`) or IP addresses are not words: the matcher skips
 * them (the block list compares them with the sender elsewhere); see {@link isEmailEntry} and
 * {@link isIpEntry}.
 */

import { isIP } from 'net';

/** One matcher per list of entries, compiled once (see the module comment). */
export interface PhraseMatcher {
  /** The configured entries found in `text` (as configured), in configuration order, without duplicates. */
  matches(text: string): string[];
}

/** A block-list entry naming an email address rather than words. */
export const isEmailEntry = (entry: string): boolean => entry.includes('@');

/** A block-list entry naming an IPv4 or IPv6 address rather than words. */
export const isIpEntry = (entry: string): boolean => isIP(entry.trim()) !== 0;

/** Huyền, sắc, ngã, hỏi, nặng as combining marks (what NFD/NFKD leaves of a precomposed tone). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const MARKS = /\p{M}/gu;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;

interface Word {
  /** The canonical word: marks other than the tone kept in place, the tone marks appended. */
  key: string;
  /** The word with every mark removed and `đ` read as `d`: how it is typed without diacritics. */
  bare: string;
  /** No tone mark, vowel mark or `đ`: `key === bare`. */
  unmarked: boolean;
}

interface TextWord extends Word {
  /** Unmarked, on a line where no word carries a mark: may stand for a marked entry word. */
  loose: boolean;
}

const analyse = (word: string): Word => {
  const tones = (word.match(TONE_MARKS) ?? []).sort().join('');
  const toneless = tones ? word.replace(TONE_MARKS, '') : word;
  const bare = toneless.replace(MARKS, '').replace(/đ/g, 'd');
  return { key: toneless + tones, bare, unmarked: bare === word };
};

/** The lines of `text`, decomposed, lower-cased, without invisible characters. */
const canonicalLines = (text: string): string[] =>
  text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFD')
    .replace(/ð/g, 'đ')
    .split(LINE_BREAK);

const wordsOf = (line: string): string[] => line.match(WORD) ?? [];

const analyseText = (text: string): TextWord[] => {
  const cache = new Map<string, Word>();
  const words: TextWord[] = [];
  for (const line of canonicalLines(text)) {
    const analysed = wordsOf(line).map((word) => {
      let found = cache.get(word);
      if (!found) {
        found = analyse(word);
        cache.set(word, found);
      }
      return found;
    });
    const unmarkedLine = analysed.every((word) => word.unmarked);
    for (const word of analysed) words.push({ ...word, loose: unmarkedLine && word.unmarked });
  }
  return words;
};

/**
 * The words of `text` in the canonical form the matcher compares (lower case, the word without its
 * tone followed by the tone mark, then NFC): `Hoà-BÌNH` → `['hoà', 'binh\u0300']`, and `hòa` →
 * `['hoà']` too. Two spellings are the same word when their forms are equal.
 */
export const normaliseWords = (text: string): string[] =>
  canonicalLines(text).flatMap((line) => wordsOf(line).map((word) => analyse(word).key.normalize('NFC')));

const wordMatches = (text: TextWord, entry: Word): boolean =>
  text.key === entry.key || (text.loose && text.key === entry.bare);

interface Phrase {
  /** Position of the entry in the configuration. */
  index: number;
  words: Word[];
}

const addTo = (index: Map<string, Phrase[]>, key: string, phrase: Phrase): void => {
  const list = index.get(key);
  if (list) list.push(phrase);
  else index.set(key, [phrase]);
};

/** Compiles the entries once; `matches` then reads a text's words once, looking phrases up by first word. */
export const createPhraseMatcher = (entries: string[]): PhraseMatcher => {
  /** Phrases by the canonical form of their first word. */
  const byKey = new Map<string, Phrase[]>();
  /** Phrases whose first word is marked, by that word's bare spelling. */
  const byBare = new Map<string, Phrase[]>();
  entries.forEach((entry, index) => {
    if (isEmailEntry(entry) || isIpEntry(entry)) return;
    const words = canonicalLines(entry).flatMap(wordsOf).map(analyse);
    if (words.length === 0) return;
    const phrase = { index, words };
    addTo(byKey, words[0].key, phrase);
    if (!words[0].unmarked) addTo(byBare, words[0].bare, phrase);
  });

  const phraseAt = (words: TextWord[], start: number, phrase: Phrase): boolean => {
    if (start + phrase.words.length > words.length) return false;
    return phrase.words.every((word, offset) => wordMatches(words[start + offset], word));
  };

  return {
    matches(text: string): string[] {
      if (byKey.size === 0) return [];
      const words = analyseText(text);
      const found = new Set<number>();
      words.forEach((word, start) => {
        const check = (phrase: Phrase): void => {
          if (!found.has(phrase.index) && phraseAt(words, start, phrase)) found.add(phrase.index);
        };
        byKey.get(word.key)?.forEach(check);
        if (word.loose) byBare.get(word.key)?.forEach(check);
      });
      const result = new Set<string>();
      entries.forEach((entry, index) => {
        if (found.has(index)) result.add(entry);
      });
      return [...result];
    },
  };
};
