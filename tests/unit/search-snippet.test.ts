import { parseTerms } from '../../server/src/delivery/search/rules/search-query';
import { plainText } from '../../server/src/delivery/search/rules/plain-text';
import { findMatches, hitSnippet, makeSnippet } from '../../server/src/delivery/search/rules/snippet';

/** The text each range covers. */
const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([from, to]) => text.slice(from, to));

describe('findMatches', () => {
  test('whole words, as written (diacritics and case kept), found from any spelling', () => {
    const text = 'Thủ đô Hà Nội đón khách; HÀ NỘI về đêm, Hạ Long.';
    expect(marked(text, findMatches(text, parseTerms('ha noi')))).toEqual(['Hà', 'Nội', 'HÀ', 'NỘI', 'Hạ']);
    expect(marked(text, findMatches(text, parseTerms('"hà nội"')))).toEqual(['Hà Nội', 'HÀ NỘI']);
    expect(findMatches('Nhà hàng', parseTerms('ha'))).toEqual([]); // never inside a word
  });

  test('NFD text: ranges cover the decomposed letters with their marks', () => {
    const text = 'Cà phê Đắk Lắk'.normalize('NFD');
    expect(marked(text, findMatches(text, parseTerms('"dak lak"')))).toEqual(['Đắk Lắk'.normalize('NFD')]);
  });

  test('a phrase across punctuation; overlapping matches merged', () => {
    const text = 'Hà-Nội, Đà Nẵng';
    expect(marked(text, findMatches(text, parseTerms('"ha noi"')))).toEqual(['Hà-Nội']);
    expect(findMatches('ha ha ha', parseTerms('"ha ha"'))).toEqual([[0, 8]]);
    expect(findMatches('', parseTerms('x'))).toEqual([]);
    expect(findMatches('x', [])).toEqual([]);
  });
});

describe('makeSnippet', () => {
  const long = 'Mở đầu bài viết rất dài về nhiều chuyện khác nhau. '.repeat(6) + 'Giá cà phê ở Đắk Lắk tăng mạnh hôm nay. ' + 'Phần cuối bài viết. '.repeat(10);

  test('short text: all of it, with every match', () => {
    const { snippet, ranges } = makeSnippet('Giá cà phê Đắk Lắk', parseTerms('dak lak'), 160);
    expect(snippet).toBe('Giá cà phê Đắk Lắk');
    expect(marked(snippet, ranges)).toEqual(['Đắk', 'Lắk']);
  });

  test('long text: around the first match, cut between words, with ellipses, within the length', () => {
    const { snippet, ranges } = makeSnippet(long, parseTerms('"dak lak"'), 80);
    expect(snippet.length).toBeLessThanOrEqual(80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(marked(snippet, ranges)).toEqual(['Đắk Lắk']);
    // Whole words at both cuts.
    const inner = snippet.slice(1, -1);
    expect(long.includes(inner)).toBe(true);
    const at = long.indexOf(inner);
    expect(long[at - 1]).toBe(' ');
    expect(long[at + inner.length]).toBe(' ');
  });

  test('no match: from the start', () => {
    const { snippet, ranges } = makeSnippet(long, parseTerms('xyz'), 60);
    expect(snippet.startsWith('Mở đầu')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(60);
    expect(ranges).toEqual([]);
  });

  test('a match near the end: the window ends with the text', () => {
    const text = 'Một hai ba bốn năm sáu bảy tám chín mười. '.repeat(5) + 'Cuối cùng là Hà Nội';
    const { snippet, ranges } = makeSnippet(text, parseTerms('ha noi'), 50);
    expect(snippet.endsWith('Hà Nội')).toBe(true);
    expect(marked(snippet, ranges)).toEqual(['Hà', 'Nội']);
  });

  test('a match that runs past the window is clipped to it', () => {
    const text = 'x '.repeat(30) + 'a'.repeat(100);
    const { snippet, ranges } = makeSnippet(text, parseTerms('a'.repeat(100)), 40);
    expect(snippet.length).toBeLessThanOrEqual(40);
    expect(ranges).toHaveLength(1);
    expect(ranges[0][1]).toBeLessThanOrEqual(snippet.length);
    expect(/^a+$/.test(snippet.slice(ranges[0][0], ranges[0][1]))).toBe(true);
  });
});

describe('hitSnippet', () => {
  test('from the lead when it holds a term, else the body, else the lead', () => {
    expect(hitSnippet('Tin Hà Nội', 'Thân bài', parseTerms('ha noi'), 160).snippet).toBe('Tin Hà Nội');
    const fromBody = hitSnippet('Sapo', 'Thân bài ở Đắk Lắk', parseTerms('dak lak'), 160);
    expect(marked(fromBody.snippet, fromBody.ranges)).toEqual(['Đắk', 'Lắk']);
    expect(hitSnippet('Sapo', 'Thân bài', parseTerms('tieu de'), 160)).toEqual({ snippet: 'Sapo', ranges: [] });
    expect(hitSnippet('', 'Thân bài', parseTerms('tieu de'), 160)).toEqual({ snippet: 'Thân bài', ranges: [] });
  });
});

describe('plainText', () => {
  test('blocks: text of every block, links and lists included, blocks separated', () => {
    const body = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Tiêu đề' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Hà ', bold: true },
          { type: 'link', url: 'https://x.vn', children: [{ type: 'text', text: 'Nội' }] },
          { type: 'text', text: ' đẹp' },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'một' }] }, { type: 'list-item', children: [{ type: 'text', text: 'hai' }] }] },
      { type: 'image', image: { url: '/x.jpg' }, children: [{ type: 'text', text: '' }] },
      { type: 'code', children: [{ type: 'text', text: 'mã' }] },
    ];
    expect(plainText(body)).toBe('Tiêu đề Hà Nội đẹp một hai mã');
    expect(plainText(JSON.stringify(body))).toBe('Tiêu đề Hà Nội đẹp một hai mã');
  });

  test('strings: HTML tags and entities, whitespace collapsed, NFC', () => {
    expect(plainText('<p>Hà <b>N</b>ội</p><p>đẹp&nbsp;&amp; vui</p><script>x()</script>')).toBe('Hà Nội đẹp & vui');
    expect(plainText('a &lt;b&gt; &#7879; &#x1EC7; &bogus;')).toBe('a <b> ệ ệ &bogus;');
    expect(plainText('  Hà\n\n Nội  '.normalize('NFD'))).toBe('Hà Nội');
    expect(plainText('2 < 3 and 5 > 4')).toBe('2 < 3 and 5 > 4');
    expect(plainText('[{ not json')).toBe('[{ not json');
  });

  test('nothing', () => {
    expect(plainText(null)).toBe('');
    expect(plainText(undefined)).toBe('');
    expect(plainText(42)).toBe('');
    expect(plainText([])).toBe('');
  });
});
