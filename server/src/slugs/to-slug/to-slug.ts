/**
 * Vietnamese-first slugs. Dependency-free on purpose: this file is built to its own
 * package entry (`strapi-plugin-newsroom/slug`) so front ends can compute the same slug.
 *
 * Rule: NFD, drop combining marks U+0300–U+036F, đ/Đ → d, lowercase, every run of
 * characters outside [a-z0-9] → one '-', trim '-'. Because of NFD, precomposed,
 * decomposed and mixed input, and old/new tone placement (hoà/hòa), give one slug.
 */

/** Matches a non-empty slug produced by {@link toSlug}. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Latin letters that NFD leaves intact → lowercased transliteration: the `slugify`
 * charmap value where it has one (ø, ß, æ, œ, ł, þ, ð, ı, ħ, ə, ƒ, ẞ, ǉ…), else the
 * obvious base letters. Covers every such letter in Latin-1 and Latin Extended-A plus a
 * few common others; đ/Đ are handled inline because they are the Vietnamese ones.
 */
const LATIN = new Map<number, string>([
  [0x00aa, 'a'], [0x00ba, 'o'], // ª º
  [0x00c6, 'ae'], [0x00e6, 'ae'], // Æ æ
  [0x00d0, 'd'], [0x00f0, 'd'], // Ð ð (eth, not Vietnamese Đ)
  [0x00d8, 'o'], [0x00f8, 'o'], // Ø ø
  [0x00de, 'th'], [0x00fe, 'th'], // Þ þ
  [0x00df, 'ss'], [0x1e9e, 'ss'], // ß ẞ
  [0x0126, 'h'], [0x0127, 'h'], // Ħ ħ
  [0x0131, 'i'], // ı
  [0x0132, 'ij'], [0x0133, 'ij'], // Ĳ ĳ
  [0x0138, 'k'], // ĸ
  [0x013f, 'l'], [0x0140, 'l'], // Ŀ ŀ
  [0x0141, 'l'], [0x0142, 'l'], // Ł ł
  [0x0149, 'n'], // ŉ
  [0x014a, 'n'], [0x014b, 'n'], // Ŋ ŋ
  [0x0152, 'oe'], [0x0153, 'oe'], // Œ œ
  [0x0166, 't'], [0x0167, 't'], // Ŧ ŧ
  [0x017f, 's'], // ſ
  [0x0192, 'f'], // ƒ
  [0x018f, 'e'], [0x0259, 'e'], // Ə ə
  [0x01c4, 'dz'], [0x01c5, 'dz'], [0x01c6, 'dz'], // Ǆ ǅ ǆ
  [0x01c7, 'lj'], [0x01c8, 'lj'], [0x01c9, 'lj'], // Ǉ ǈ ǉ
  [0x01ca, 'nj'], [0x01cb, 'nj'], [0x01cc, 'nj'], // Ǌ ǋ ǌ
  [0x01f1, 'dz'], [0x01f2, 'dz'], [0x01f3, 'dz'], // Ǳ ǲ ǳ
]);

/**
 * ASCII code → output char, or '' for a separator. Uppercase is lowered here, which is
 * safe because after NFD no non-ASCII char lowercases into [a-z] (Kelvin K and İ
 * decompose canonically); the unit tests check this over every code point.
 */
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c).toLowerCase();
  return /^[a-z0-9]$/.test(ch) ? ch : '';
});

/** Slug for `input` (may be ''). Pure and total; never truncates — see {@link truncateSlug}. */
export function toSlug(input: string): string {
  const s = input.normalize('NFD');
  let out = '';
  let gap = false; // a separator was seen since the last emitted char
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c < 0x80) piece = ASCII[c];
    else if (c >= 0x300 && c <= 0x36f) continue; // a mark neither emits nor separates
    else if (c === 0x111 || c === 0x110) piece = 'd';
    else piece = LATIN.get(c) ?? '';
    if (piece === '') {
      gap = true;
      continue;
    }
    if (gap) {
      if (out.length !== 0) out += '-';
      gap = false;
    }
    out += piece;
  }
  return out;
}

/**
 * Cuts `slug` to at most `maxLength` chars, at a hyphen when possible (a first word
 * longer than `maxLength` is hard-cut). Never leaves a trailing '-', even on malformed input.
 */
export function truncateSlug(slug: string, maxLength: number): string {
  if (Number.isNaN(maxLength)) throw new RangeError('truncateSlug: maxLength is NaN');
  const max = Math.floor(maxLength);
  let cut = slug;
  if (slug.length > max) {
    if (max <= 0) return '';
    cut = slug.slice(0, max);
    // Unless the cut already falls on a word boundary, drop the partial last word.
    if (slug[max] !== '-') {
      const lastHyphen = cut.lastIndexOf('-');
      if (lastHyphen > 0) cut = cut.slice(0, lastHyphen);
    }
  }
  let end = cut.length;
  while (end > 0 && cut.charCodeAt(end - 1) === 0x2d) end--;
  return end === cut.length ? cut : cut.slice(0, end);
}
