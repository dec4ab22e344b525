import { SEARCH_MAX_TERMS, parseSearchQuery, parseTerms } from '../../server/src/delivery/search/rules/search-query';
import {
  fts5Query,
  fulltextDocument,
  fulltextQuery,
  fulltextTokens,
  fulltextToken,
  scopedToken,
  type FulltextScope,
  isPlainTerm,
  termNeedle,
  tsqueryText,
} from '../../server/src/delivery/search/rules/index-terms';

const limits = { maxQueryLength: 200, pageSizeMax: 50 };
const parse = (query: Record<string, unknown>) => parseSearchQuery(query, limits);
const value = (query: Record<string, unknown>) => {
  const parsed = parse(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const errorsOf = (query: Record<string, unknown>) => {
  const parsed = parse(query);
  return parsed.ok ? [] : parsed.errors.map((error) => error.path.join('.'));
};

describe('parseTerms', () => {
  test('words, each required, folded', () => {
    expect(parseTerms('Hà Nội')).toEqual([['ha'], ['noi']]);
    expect(parseTerms('ha noi')).toEqual([['ha'], ['noi']]);
    expect(parseTerms('ĐẮK lắk')).toEqual([['dak'], ['lak']]);
    expect(parseTerms('Ha\u0300 No\u0323\u0302i')).toEqual([['ha'], ['noi']]);
  });

  test('"quoted phrases", straight or curly; an unclosed quote runs to the end', () => {
    expect(parseTerms('"Hà Nội" mùa thu')).toEqual([['ha', 'noi'], ['mua'], ['thu']]);
    expect(parseTerms('“Đắk Lắk” cà phê')).toEqual([['dak', 'lak'], ['ca'], ['phe']]);
    expect(parseTerms('giá "cà phê')).toEqual([['gia'], ['ca', 'phe']]);
    expect(parseTerms('"Hà"')).toEqual([['ha']]);
  });

  test('a word with punctuation inside is a phrase of its parts', () => {
    expect(parseTerms('covid-19')).toEqual([['covid', '19']]);
    expect(parseTerms('TP.HCM')).toEqual([['tp', 'hcm']]);
  });

  test('operator characters of every engine only separate words', () => {
    expect(parseTerms('+ha -noi *x (a OR b) title:y ~z @w <v> a|b a&b ^c $d \\e \'f\'')).toEqual([
      ['ha'], ['noi'], ['x'], ['a'], ['or'], ['b'], ['title', 'y'], ['z'], ['w'], ['v'], ['a', 'b'], ['c'], ['d'], ['e'], ['f'],
    ]);
    expect(parseTerms('NEAR(a b) AND NOT c')).toEqual([['near', 'a'], ['b'], ['and'], ['not'], ['c']]);
    expect(parseTerms('!!! ??? ... ""')).toEqual([]);
  });

  test('duplicates dropped, order kept', () => {
    expect(parseTerms('hà HA hạ noi')).toEqual([['ha'], ['noi']]);
  });
});

describe('parseSearchQuery', () => {
  test('defaults: page 1, 10 a page, no locale', () => {
    expect(value({ q: 'ha noi' })).toEqual({ q: 'ha noi', terms: [['ha'], ['noi']], page: 1, pageSize: 10 });
    expect(value({ q: ' ha ', page: '3', pageSize: '50', locale: 'vi' })).toEqual({ q: 'ha', terms: [['ha']], page: 3, pageSize: 50, locale: 'vi' });
    expect(value({ q: 'x', locale: 'pt-BR' }).locale).toBe('pt-BR');
    expect(parseSearchQuery({ q: 'x' }, { maxQueryLength: 200, pageSizeMax: 5 })).toEqual({
      ok: true,
      value: { q: 'x', terms: [['x']], page: 1, pageSize: 5 },
    });
  });

  test('no letter or digit: valid, no terms (an empty answer)', () => {
    expect(value({ q: '!!!' }).terms).toEqual([]);
    expect(value({ q: '"" + - * ( ) : ~ @ < >' }).terms).toEqual([]);
  });

  test('a missing, blank or too long q is refused', () => {
    expect(errorsOf({})).toEqual(['q']);
    expect(errorsOf({ q: '' })).toEqual(['q']);
    expect(errorsOf({ q: '   ' })).toEqual(['q']);
    expect(errorsOf({ q: 'a'.repeat(201) })).toEqual(['q']);
    expect(errorsOf({ q: 'a'.repeat(200) })).toEqual([]);
    // Characters, not UTF-16 units nor bytes: 200 Vietnamese letters (NFC) pass.
    expect(errorsOf({ q: 'ệ'.repeat(200) })).toEqual([]);
  });

  test('too many terms is refused', () => {
    const words = Array.from({ length: SEARCH_MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(errorsOf({ q: words })).toEqual(['q']);
    expect(errorsOf({ q: words.split(' ').slice(1).join(' ') })).toEqual([]);
  });

  test('page and pageSize: whole numbers in range', () => {
    for (const page of ['0', '-1', '1.5', 'abc', '', '01', '1001', '1e3']) expect([page, errorsOf({ q: 'x', page })]).toEqual([page, ['page']]);
    for (const pageSize of ['0', '51', 'x', '-5']) expect([pageSize, errorsOf({ q: 'x', pageSize })]).toEqual([pageSize, ['pageSize']]);
    expect(value({ q: 'x', page: '1000' }).page).toBe(1000);
  });

  test('malformed locale, unknown, repeated or nested parameters are refused', () => {
    expect(errorsOf({ q: 'x', locale: '*' })).toEqual(['locale']);
    expect(errorsOf({ q: 'x', locale: "vi'--" })).toEqual(['locale']);
    expect(errorsOf({ q: 'x', query: 'y' })).toEqual(['query']);
    expect(errorsOf({ q: ['a', 'b'] })).toEqual(['q']);
    expect(errorsOf({ q: { $ne: 'x' } })).toEqual(['q']);
    expect(errorsOf({ q: 'x', page: ['1', '2'] })).toEqual(['page']);
  });

  test('errors name every field at once', () => {
    expect(errorsOf({ q: '', page: '0', pageSize: '0', locale: '!' })).toEqual(['q', 'page', 'pageSize', 'locale']);
  });
});

describe('index terms', () => {
  test('plain terms: one word of ASCII letters only or digits only', () => {
    expect(isPlainTerm(['ha'])).toBe(true);
    expect(isPlainTerm(['2024'])).toBe(true);
    expect(isPlainTerm(['ha', 'noi'])).toBe(false);
    expect(isPlainTerm(['5e3b'])).toBe(false); // PostgreSQL reads 5e3 as a number
    expect(isPlainTerm(['москва'])).toBe(false);
    expect(isPlainTerm(['a'.repeat(83)])).toBe(false);
  });

  test('FULLTEXT tokens: short words padded with _, others hashed, never shorter than 3', () => {
    expect(fulltextToken('o')).toBe('o__');
    expect(fulltextToken('ha')).toBe('ha_');
    expect(fulltextToken('noi')).toBe('noi');
    expect(fulltextToken('москва')).toMatch(/^x[0-9a-f]{24}$/);
    expect(fulltextToken('a'.repeat(100))).toMatch(/^x[0-9a-f]{24}$/);
    expect(fulltextToken('москва')).toBe(fulltextToken('москва'));
    expect(fulltextDocument(' ha noi ', ' ', ' o ')).toBe('ha_ noi o__ t_ha_ t_noi h_ha_ h_noi');
    expect(fulltextDocument('ha noi ha', 'noi o', 'o o')).toBe('ha_ noi ha_ noi o__ o__ o__ t_ha_ t_noi h_ha_ h_noi h_o__');
    expect(['all', 'title', 'head'].map((scope) => scopedToken(scope as FulltextScope, 'ha_'))).toEqual(['ha_', 't_ha_', 'h_ha_']);
    // A marked token is never a word's token: a short word is padded after it, never given `_` second.
    expect(scopedToken('title', fulltextToken('ha'))).not.toBe(fulltextToken('t'));
    expect(fulltextTokens([['ha', 'noi'], ['ha'], ['o']])).toEqual(['ha_', 'noi', 'o__']);
    expect(fulltextQuery(['ha_', 'noi'])).toBe('+ha_ +noi');
  });

  test('FTS5 query: each term a quoted phrase, all required', () => {
    expect(fts5Query([['ha', 'noi'], ['lu']])).toBe('"ha noi" AND "lu"');
  });

  test('tsquery text: the words with a letter or digit', () => {
    expect(tsqueryText([['ha', 'noi'], ['ha']])).toBe('ha noi');
    expect(termNeedle(['ha', 'noi'])).toBe(' ha noi ');
  });
});
