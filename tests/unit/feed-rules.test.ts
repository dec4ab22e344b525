import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { absoluteMediaUrl, articleUrl, type ArticleUrlParts } from '../../server/src/delivery/feeds/rules/article-url';
import { latest, rfc822, toDate, w3c } from '../../server/src/delivery/feeds/rules/feed-dates';
import { pageCount, parseNoQuery, parsePageNumber, parseRssQuery } from '../../server/src/delivery/feeds/rules/feed-query';
import { renderRss } from '../../server/src/delivery/feeds/rules/rss-document';
import { sectionTypeProblem } from '../../server/src/delivery/feeds/rules/section-type';
import { newsLanguage, renderNewsSitemap, renderSitemapIndex, renderUrlset } from '../../server/src/delivery/feeds/rules/sitemap-documents';
import { xmlText } from '../../server/src/delivery/feeds/rules/xml-text';

const ZONE = 'Asia/Ho_Chi_Minh';
const parts = (extra: Partial<ArticleUrlParts> = {}): ArticleUrlParts => ({
  slug: 'gia-ca-phe-tang',
  documentId: 'abc123',
  locale: 'vi',
  section: 'kinh-te',
  // 20:30 UTC on 31 Dec is 03:30 on 1 Jan in Hồ Chí Minh City.
  firstPublishedAt: new Date('2026-12-31T20:30:00Z'),
  ...extra,
});

describe('articleUrl', () => {
  test('replaces every token; dates are the newsroom zone’s wall clock of the first publication', () => {
    expect(articleUrl('https://bao.example.vn', '/{section}/{slug}.html', parts(), ZONE)).toBe('https://bao.example.vn/kinh-te/gia-ca-phe-tang.html');
    expect(articleUrl('https://bao.example.vn/', '/{locale}/{yyyy}/{mm}/{dd}/{documentId}', parts(), ZONE)).toBe(
      'https://bao.example.vn/vi/2027/01/01/abc123'
    );
    expect(articleUrl('https://bao.example.vn', '/{yyyy}/{mm}/{dd}/{slug}', parts(), 'UTC')).toBe('https://bao.example.vn/2026/12/31/gia-ca-phe-tang');
  });

  test('keeps a site path, and encodes each value as one path segment', () => {
    expect(articleUrl('https://example.vn/tin', '/{section}/{slug}', parts({ section: 'a/b?c#d', slug: 'x y&z' }), ZONE)).toBe(
      'https://example.vn/tin/a%2Fb%3Fc%23d/x%20y%26z'
    );
    expect(articleUrl('https://example.vn', '/{section}/{slug}', parts({ section: 'thời-sự' }), ZONE)).toBe(
      'https://example.vn/th%E1%BB%9Di-s%E1%BB%B1/gia-ca-phe-tang'
    );
  });

  test('no URL when a token the pattern uses has no value, or the URL is too long', () => {
    expect(articleUrl('https://example.vn', '/{section}/{slug}', parts({ section: null }), ZONE)).toBeNull();
    expect(articleUrl('https://example.vn', '/{slug}', parts({ section: null }), ZONE)).toBe('https://example.vn/gia-ca-phe-tang');
    expect(articleUrl('https://example.vn', '/{slug}', parts({ slug: '' }), ZONE)).toBeNull();
    expect(articleUrl('https://example.vn', '/{yyyy}/{slug}', parts({ firstPublishedAt: null }), ZONE)).toBeNull();
    expect(articleUrl('https://example.vn', '/{slug}', parts({ slug: 'a'.repeat(2020) }), ZONE)).toHaveLength(2039);
    expect(articleUrl('https://example.vn', '/{slug}', parts({ slug: 'a'.repeat(2040) }), ZONE)).toBeNull();
  });
});

describe('absoluteMediaUrl', () => {
  test('relative upload URLs are joined to the server URL; absolute ones stay', () => {
    expect(absoluteMediaUrl('/uploads/a.jpg', 'https://cms.example.vn')).toBe('https://cms.example.vn/uploads/a.jpg');
    expect(absoluteMediaUrl('/uploads/a.jpg', 'https://cms.example.vn/strapi/')).toBe('https://cms.example.vn/strapi/uploads/a.jpg');
    expect(absoluteMediaUrl('uploads/a b.jpg', 'http://127.0.0.1:1337')).toBe('http://127.0.0.1:1337/uploads/a%20b.jpg');
    expect(absoluteMediaUrl('https://cdn.example.vn/a.jpg', 'https://cms.example.vn')).toBe('https://cdn.example.vn/a.jpg');
    expect(absoluteMediaUrl('//cdn.example.vn/a.jpg', 'https://cms.example.vn')).toBe('https://cdn.example.vn/a.jpg');
    expect(absoluteMediaUrl(null, 'https://cms.example.vn')).toBeNull();
    expect(absoluteMediaUrl('/uploads/a.jpg', 'not a url')).toBeNull();
  });
});

describe('xmlText', () => {
  test('escapes markup, drops what XML 1.0 forbids, keeps Vietnamese (NFC)', () => {
    expect(xmlText(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(xmlText('x\u0000y\u0001\u0008\u000B\u000C\u000E\u001Fz\uFFFE\uFFFF')).toBe('xyz');
    expect(xmlText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
    expect(xmlText('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(xmlText('Đắk Lắk'.normalize('NFD'))).toBe('Đắk Lắk'.normalize('NFC'));
    expect(xmlText('&amp;')).toBe('&amp;amp;');
  });

  test('what it writes parses back to the text (control characters aside)', () => {
    const text = 'Giá "cà phê" & <hồ tiêu> \'tăng\' ]]> – 120.000 ₫/kg\u0002';
    const xml = `<a t="${xmlText(text)}">${xmlText(text)}</a>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false }).parse(xml);
    expect(parsed.a['#text']).toBe(text.replace('\u0002', ''));
    expect(parsed.a['@t']).toBe(text.replace('\u0002', ''));
  });
});

describe('dates', () => {
  test('RFC 822 for RSS, W3C Datetime (UTC, seconds) for sitemaps', () => {
    const date = new Date('2026-11-28T21:28:05.123Z');
    expect(rfc822(date)).toBe('Sat, 28 Nov 2026 21:28:05 GMT');
    expect(w3c(date)).toBe('2026-11-28T21:28:05Z');
  });

  test('stored dates in any driver form; the latest of a list', () => {
    expect(toDate('2026-11-28T21:28:05.123Z')?.toISOString()).toBe('2026-11-28T21:28:05.123Z');
    expect(toDate(1764365285123)?.toISOString()).toBe('2025-11-28T21:28:05.123Z');
    expect(toDate(null)).toBeNull();
    expect(toDate('not a date')).toBeNull();
    expect(latest([null, new Date(1), new Date(3), new Date(2)])?.getTime()).toBe(3);
    expect(latest([])).toBeNull();
  });
});

describe('query parsing', () => {
  test('RSS: section and locale, each once, well-formed', () => {
    expect(parseRssQuery({}, true)).toEqual({ ok: true, value: {} });
    expect(parseRssQuery({ section: 'thoi-su', locale: 'vi' }, true)).toEqual({ ok: true, value: { section: 'thoi-su', locale: 'vi' } });
    expect(parseRssQuery({ locale: 'pt-BR' }, false)).toEqual({ ok: true, value: { locale: 'pt-BR' } });
    const refused = [
      [{ section: 'thoi-su' }, false],
      [{ section: ['a', 'b'] }, true],
      [{ section: { $ne: 'x' } }, true],
      [{ section: '' }, true],
      [{ section: 'a b' }, true],
      [{ section: 'a'.repeat(256) }, true],
      [{ locale: 'vi\u0000' }, true],
      [{ locale: '../x' }, true],
      [{ sections: 'x' }, true],
    ] as const;
    for (const [query, sections] of refused) {
      const parsed = parseRssQuery(query as Record<string, unknown>, sections);
      expect([query, parsed.ok]).toEqual([query, false]);
      if (!parsed.ok) expect(parsed.errors[0]).toEqual({ path: [Object.keys(query)[0]], message: expect.any(String), name: 'ValidationError' });
    }
  });

  test('sitemaps take no parameters; page numbers are 1, 2, … as written', () => {
    expect(parseNoQuery({})).toEqual({ ok: true, value: {} });
    expect(parseNoQuery({ page: '1' }).ok).toBe(false);
    expect(['1', '2', '999999999'].map(parsePageNumber)).toEqual([1, 2, 999999999]);
    for (const bad of ['0', '01', '-1', '1.5', '1e3', 'abc', '', ' 1', '1234567890', undefined, 1]) expect(parsePageNumber(bad)).toBeNull();
    expect([0, 1, 50000, 50001, 100000].map((total) => pageCount(total, 50000))).toEqual([1, 1, 1, 2, 2]);
  });
});

describe('documents', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

  test('RSS 2.0 with an item, escaped, well-formed', () => {
    const xml = renderRss(
      { title: 'Báo & Đời', link: 'https://bao.vn', description: 'Tin <mới>', language: 'vi', selfUrl: 'https://cms.vn/rss.xml?a=1&b=2', lastBuildDate: new Date(0) },
      [
        {
          title: 'A & B',
          link: 'https://bao.vn/a?x=1&y=2',
          guid: 'doc:vi',
          pubDate: new Date(0),
          creator: 'Thu Thủy – Công Luận',
          description: null,
          enclosure: { url: 'https://cms.vn/u.jpg?a&b', length: 1000, type: 'image/jpeg' },
        },
      ]
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss.channel['atom:link']['@href']).toBe('https://cms.vn/rss.xml?a=1&b=2');
    expect(rss.channel.item[0].link).toBe('https://bao.vn/a?x=1&y=2');
    expect(rss.channel.item[0].description).toBeUndefined();
    expect(rss.channel.item[0].enclosure['@url']).toBe('https://cms.vn/u.jpg?a&b');
    expect(rss.channel.item[0]['dc:creator']).toBe('Thu Thủy – Công Luận');
  });

  test('urlset, sitemap index and news sitemap', () => {
    const date = new Date('2026-11-28T00:00:00Z');
    const urlset = parser.parse(renderUrlset([{ loc: 'https://bao.vn/a?b&c', lastmod: date }, { loc: 'https://bao.vn/b', lastmod: null }]));
    expect(urlset.urlset.url).toEqual([{ loc: 'https://bao.vn/a?b&c', lastmod: '2026-11-28T00:00:00Z' }, { loc: 'https://bao.vn/b' }]);
    const index = parser.parse(renderSitemapIndex([{ loc: 'https://cms.vn/s-1.xml', lastmod: date }]));
    expect(index.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemapindex.sitemap).toEqual([{ loc: 'https://cms.vn/s-1.xml', lastmod: '2026-11-28T00:00:00Z' }]);
    const news = parser.parse(renderNewsSitemap([{ loc: 'https://bao.vn/a', publicationName: 'Báo & Đời', language: 'vi', publicationDate: date, title: '"Tin" <nóng>' }]));
    expect(news.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(news.urlset.url[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'Báo & Đời', 'news:language': 'vi' },
      'news:publication_date': '2026-11-28T00:00:00Z',
      'news:title': '"Tin" <nóng>',
    });
    expect(renderUrlset([])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  test('news:language from the locale', () => {
    expect(['vi', 'en', 'pt-BR', 'zh-Hans', 'zh-TW', 'zh-Hant'].map((l) => newsLanguage(l, 'vi'))).toEqual(['vi', 'en', 'pt', 'zh-cn', 'zh-tw', 'zh-tw']);
    expect(newsLanguage(null, 'vi')).toBe('vi');
  });
});

describe('sectionTypeProblem', () => {
  const ARTICLE = 'plugin::newsroom.article';
  const models: Record<string, { attributes: Record<string, { type: string; relation?: string; target?: string }> }> = {
    'api::section.section': {
      attributes: { slug: { type: 'uid' }, articles: { type: 'relation', relation: 'manyToMany', target: ARTICLE } },
    },
    'api::tag.tag': { attributes: { name: { type: 'string' }, articles: { type: 'relation', relation: 'manyToMany', target: ARTICLE } } },
    'api::topic.topic': { attributes: { slug: { type: 'uid' }, articles: { type: 'relation', relation: 'manyToOne', target: ARTICLE } } },
    'api::page.page': { attributes: { slug: { type: 'uid' }, articles: { type: 'relation', relation: 'manyToMany', target: 'api::page.page' } } },
  };
  const check = (sectionType: string, articlePath = '/{section}/{slug}') => sectionTypeProblem({ sectionType, articlePath }, ARTICLE, (uid) => models[uid]);

  test('a proper section type, or none with a path that does not need one, passes', () => {
    expect(check('api::section.section')).toBeNull();
    expect(check('', '/{slug}')).toBeNull();
  });

  test('each problem is named', () => {
    expect(check('', '/{section}/{slug}')).toMatch(/uses \{section\}, which needs config\.feeds\.sectionType/);
    expect(check('api::nope.nope')).toMatch(/"api::nope\.nope" is not a content type/);
    expect(check('api::tag.tag')).toMatch(/needs a "slug" attribute/);
    expect(check('api::topic.topic')).toMatch(/needs an "articles" relation/);
    expect(check('api::page.page')).toMatch(/needs an "articles" relation/);
  });
});
