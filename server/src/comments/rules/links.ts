/**
 * @packageDocumentation
 * How many links a comment holds, for the link threshold (a comment at or above it waits for a
 * moderator). Counted, each occurrence once:
 * - `http://…` and `https://…` URLs (any case), up to the next space, quote, bracket or `http(s)://`;
 * - `www.` hosts: `www.example`, `WWW.Lua-Dao.vn/abc`;
 * - bare domains: labels (letters of any script, digits, hyphens) joined by dots and ending in a
 *   known top-level domain (every country code, and the common generic ones: `com`, `net`, `org`,
 *   `info`, `xyz`, `top`, `shop`, `vip`…), with an optional port, path, query or fragment:
 *   `example.com/abc`, `lua-dao.vn`, `tin.com.vn:8080?x=1`.
 * Not links: email addresses (`ban@lua-dao.vn`: a domain after `@`, or a local part before it), words
 * joined by a dot whose last part is no top-level domain (`TP.HCM`, `v.v.`, `3.14`, `1.000.000đ`),
 * and a dot typed without the space after it before a capitalised word (`xong.La`, `Q.Ba Đình`):
 * a top-level domain written in title case, with nothing after it, is taken as the start of a word.
 * Fullwidth dots and letters, and invisible characters, are read as what they look like.
 */

/** Country codes (ISO 3166-1 alpha-2 domains in the root zone, plus `uk`, `eu`, `su`, `ac`). */
const COUNTRY_TLDS =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm ' +
  'fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is ' +
  'it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm ' +
  'mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ' +
  'ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th ' +
  'tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

/** Generic top-level domains seen in links, spam included. */
const GENERIC_TLDS =
  'com net org info biz edu gov mil int name pro mobi asia xyz top online site website shop store club vip ' +
  'live link click win bid app dev tech space fun icu buzz cyou life world today news blog cloud email ' +
  'services agency media digital network solutions company finance money loan loans cash bet casino poker ' +
  'games game fit sbs cfd best bond host press ink work rest bar lol monster quest uno gold help support tips ' +
  'guru zone one men cam porn sex xxx adult social group global studio design art red blue pink black ' +
  'store tokyo vegas download stream video tube movie film photo pics chat dating love sexy fans bio eco ' +
  'center plus page run review reviews trade market deals sale discount coupons bargains ltd llc inc';

const TLDS = [...new Set(`${COUNTRY_TLDS} ${GENERIC_TLDS}`.split(/\s+/))].sort((a, b) => b.length - a.length);

const LABEL_CHAR = '[\\p{L}\\p{M}\\p{N}-]';
/** Not in the middle of a word, a domain, an email's domain or a path. */
const NOT_INSIDE = '(?<![\\p{L}\\p{M}\\p{N}_@.\\-/\\\\])';
/** Where a URL ends: whitespace, quotes and brackets, or the next URL. */
const URL_END = `(?=https?:\\/\\/|[\\s<>"'()\\[\\]{}]|$)`;
const PATH = `(?:[/?#:][^\\s<>"'()\\[\\]{}]*?${URL_END})?`;

const LINK = new RegExp(
  [
    `(?<scheme>https?:\\/\\/[^\\s<>"'()\\[\\]{}]+?${URL_END})`,
    `(?<www>${NOT_INSIDE}www\\.${LABEL_CHAR}+(?:\\.${LABEL_CHAR}+)*${PATH})`,
    `(?<bare>${NOT_INSIDE}(?:[\\p{L}\\p{M}\\p{N}]${LABEL_CHAR}*\\.)+(?<tld>${TLDS.join('|')})` +
      `(?![\\p{L}\\p{M}\\p{N}_@\\-]|\\.[\\p{L}\\p{M}\\p{N}])(?<path>${PATH}))`,
  ].join('|'),
  'giu',
);

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** The number of links in `text` (see the module comment). */
export const countLinks = (text: string): number => {
  let count = 0;
  for (const match of text.replace(INVISIBLE, '').normalize('NFKC').matchAll(LINK)) {
    const groups = match.groups ?? {};
    const sentenceStart = groups.bare !== undefined && !groups.path && TITLE_CASE.test(groups.tld ?? '');
    if (!sentenceStart) count += 1;
  }
  return count;
};
