/**
 * Issue 8 §2: the RSS feed, the Google News sitemap and the sitemap index, read through the real
 * Strapi and parsed with a real XML parser: published articles only (drafts, unpublished and
 * scheduled ones never), absolute URLs from the article path, escaping, conditional requests, and
 * a 4xx for every malformed parameter.
 */
import type { Core } from '@strapi/strapi';
import { ARTICLE, addLocale, createArticle, createByline } from '../helpers/content';
import {
  CMS_HOST,
  SITE_URL,
  W3C_DATETIME,
  createImage,
  getXml,
  parseXml,
  publishedSection,
  type NewsXml,
  type RssItemXml,
  type RssXml,
  type SitemapIndexXml,
  type UrlsetXml,
} from '../helpers/feeds';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp | undefined;
let strapi: Core.Strapi;

interface Doc {
  documentId: string;
  slug: string;
  title: string;
}

// A title with markup characters, typed in decomposed Unicode (NFD), as some editors paste it.
const TRICKY_TITLE = 'Giá "cà phê" & hồ tiêu <tăng> mạnh ở Đắk Lắk, nông dân \'phấn khởi\''.normalize('NFD');
const TRICKY_LEAD = 'Sáng 14/10, giá cà phê\u0001 nhân xô & <b>hồ tiêu</b>\u000B tăng “mạnh” – 120.000 ₫/kg';
const EXPECTED_LEAD = 'Sáng 14/10, giá cà phê nhân xô & <b>hồ tiêu</b> tăng “mạnh” – 120.000 ₫/kg';
const DRAFT_TITLE = 'BẢN NHÁP chưa duyệt: tin mật';

const docs: Record<string, Doc> = {};
let image: { id: number; url: string; size: number };

const published = async (key: string, data: Record<string, unknown>, locale?: string) => {
  docs[key] = (await createArticle(strapi, data, { status: 'published', ...(locale ? { locale } : {}) })) as unknown as Doc;
  return docs[key];
};

const rss = async (query = '') => {
  const res = await getXml(strapi, `/feeds/rss.xml${query}`);
  expect([query, res.status]).toEqual([query, 200]);
  return parseXml<RssXml>(res.body as string).rss;
};
const itemsOf = async (query = ''): Promise<RssItemXml[]> => (await rss(query)).channel.item ?? [];
const titles = (items: Array<{ title: string }>) => items.map((item) => item.title).sort();

const setFirstPublication = (documentId: string, date: Date) =>
  strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { originalPublishedAt: date } });

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  image = await createImage(strapi, 'ca-phe-dak-lak');
  const bylines = [await createByline(strapi, 'Thu Thủy'), await createByline(strapi, 'Công Luận')];

  await published('tricky', { title: TRICKY_TITLE, lead: TRICKY_LEAD, cover: image.id, bylines: bylines.map((b) => b.documentId) });
  docs.draft = (await createArticle(strapi, { title: DRAFT_TITLE, lead: 'Bản nháp' })) as unknown as Doc;
  await published('edited', { title: 'Tin đã đăng, đang sửa', lead: 'Bản đã đăng' });
  await published('gone', { title: 'Tin đã gỡ xuống', lead: 'Đã gỡ' });
  await published('old', { title: 'Tin cũ ba ngày trước', lead: 'Cũ' });
  await published('viArticle', { title: 'Tin tiếng Việt trong chuyên mục', lead: 'Bản tiếng Việt' }, 'vi');
  await published('noSection', { title: 'Tin không thuộc chuyên mục nào', lead: 'Không chuyên mục' });
  docs.scheduled = (await createArticle(strapi, { title: 'Tin hẹn giờ đăng ngày mai', lead: 'Hẹn giờ' })) as unknown as Doc;

  const en = ['tricky', 'draft', 'edited', 'gone', 'old', 'scheduled'].map((key) => docs[key].documentId);
  await publishedSection(strapi, 'Thời sự', 'thoi-su', en);
  await publishedSection(strapi, 'Thời sự', 'thoi-su', [docs.viArticle.documentId], 'vi');
  await publishedSection(strapi, 'Kinh tế', 'kinh-te', [docs.edited.documentId]);

  await strapi.documents(ARTICLE).unpublish({ documentId: docs.gone.documentId });
  await strapi.documents(ARTICLE).update({ documentId: docs.edited.documentId, data: { title: DRAFT_TITLE } });
  await setFirstPublication(docs.old.documentId, new Date(Date.now() - 3 * 24 * 3600 * 1000));
  await strapi.plugin('newsroom').service('schedules').schedule(
    {
      contentType: ARTICLE,
      documentId: docs.scheduled.documentId,
      locale: 'en',
      action: 'publish',
      runAt: new Date(Date.now() + 24 * 3600 * 1000),
      timezone: 'Asia/Ho_Chi_Minh',
    },
    { id: null, name: 'test' }
  );
});
afterAll(() => stopStrapi(app));

const urlOf = (key: string, section = 'thoi-su') => `${SITE_URL}/${section}/${docs[key].slug}.html`;
const PUBLISHED_TITLES = () =>
  [TRICKY_TITLE.normalize('NFC'), 'Tin đã đăng, đang sửa', 'Tin cũ ba ngày trước', 'Tin tiếng Việt trong chuyên mục'].sort();

describe('RSS 2.0', () => {
  test('the feed lists published articles of every locale, newest first publication first, and nothing else', async () => {
    const res = await getXml(strapi, '/feeds/rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    // feeds.public (the playground's default): no permission was granted to anyone in this file.
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.body as string;
    const { rss: doc } = parseXml<RssXml>(body);
    expect(doc['@version']).toBe('2.0');
    expect(doc.channel.title).toBe('Tin Tây Nguyên (demo)');
    expect(doc.channel.link).toBe(SITE_URL);
    expect(doc.channel.language).toBe('vi');
    expect(doc.channel['atom:link']['@rel']).toBe('self');
    expect(doc.channel['atom:link']['@href']).toBe(`http://${CMS_HOST}/api/newsroom/feeds/rss.xml`);
    const items = doc.channel.item ?? [];
    expect(titles(items)).toEqual(PUBLISHED_TITLES());
    const dates = items.map((item) => new Date(item.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(items[items.length - 1].title).toBe('Tin cũ ba ngày trước');
    // Nothing of a draft, an unpublished or a scheduled article, anywhere in the bytes.
    for (const text of [DRAFT_TITLE, 'Bản nháp', 'Tin đã gỡ xuống', 'Tin hẹn giờ', docs.draft.documentId, docs.gone.documentId, docs.scheduled.documentId]) {
      expect([text, body.includes(text)]).toEqual([text, false]);
    }
    // No section under a {section} path: no URL, so not listed.
    expect(body.includes('Tin không thuộc chuyên mục nào')).toBe(false);
  });

  test('an item: title, link, guid, pubDate, byline, lead, cover enclosure with an absolute URL', async () => {
    const items = await itemsOf();
    const item = items.find((entry) => entry.title === TRICKY_TITLE.normalize('NFC'));
    if (!item) throw new Error('tricky article missing');
    const row = await strapi.db.query(ARTICLE).findOne({ where: { documentId: docs.tricky.documentId, publishedAt: { $notNull: true } } });
    expect(item.link).toBe(urlOf('tricky'));
    expect(item.guid).toEqual({ '#text': `${docs.tricky.documentId}:en`, '@isPermaLink': 'false' });
    expect(new Date(item.pubDate).getTime()).toBe(Math.floor(new Date(row.originalPublishedAt).getTime() / 1000) * 1000);
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(item['dc:creator']).toBe('Thu Thủy – Công Luận');
    expect(item.description).toBe(EXPECTED_LEAD);
    const enclosure = item.enclosure;
    if (!enclosure) throw new Error('no enclosure');
    // Relative /uploads/… made absolute with the request's origin (server.url is not set here).
    expect(enclosure['@url']).toBe(`http://${CMS_HOST}${image.url}`);
    expect(enclosure['@length']).toBe(String(Math.round(image.size * 1000)));
    expect(enclosure['@type']).toBe('image/jpeg');
    // Items without a cover have no enclosure.
    expect(items.find((entry) => entry.title === 'Tin cũ ba ngày trước')?.enclosure).toBeUndefined();
  });

  test('markup characters are escaped and control characters dropped in the bytes', async () => {
    const body = (await getXml(strapi, '/feeds/rss.xml')).body as string;
    expect(body).toContain('Giá &quot;cà phê&quot; &amp; hồ tiêu &lt;tăng&gt; mạnh ở Đắk Lắk, nông dân &apos;phấn khởi&apos;');
    expect(body).toContain('&lt;b&gt;hồ tiêu&lt;/b&gt;');
    expect(body).not.toMatch(/[\u0001\u000B]/);
    expect(body).not.toContain('<b>');
  });

  test('?locale= keeps one locale; the channel says its language', async () => {
    const doc = await rss('?locale=vi');
    expect(doc.channel.language).toBe('vi');
    expect(titles(doc.channel.item ?? [])).toEqual(['Tin tiếng Việt trong chuyên mục']);
    expect(doc.channel.item?.[0].link).toBe(urlOf('viArticle'));
    expect(titles(await itemsOf('?locale=en'))).toEqual(PUBLISHED_TITLES().filter((t) => t !== 'Tin tiếng Việt trong chuyên mục'));
  });

  test('?section= keeps the articles its published version lists, in every locale or one', async () => {
    expect(titles(await itemsOf('?section=thoi-su'))).toEqual(PUBLISHED_TITLES());
    expect(titles(await itemsOf('?section=thoi-su&locale=vi'))).toEqual(['Tin tiếng Việt trong chuyên mục']);
    const economy = await itemsOf('?section=kinh-te');
    expect(titles(economy)).toEqual(['Tin đã đăng, đang sửa']);
    // One canonical URL per article: its section in its locale that was created first.
    expect(economy[0].link).toBe(urlOf('edited'));
    const doc = await rss('?section=kinh-te');
    expect(new URL(doc.channel['atom:link']['@href']).search).toBe('?section=kinh-te');
  });

  test('server.url, when the app sets an absolute one, makes the absolute URLs instead of the request', async () => {
    const previous = strapi.config.get('server.url');
    strapi.config.set('server.url', 'https://cms.example.vn/');
    try {
      const doc = await rss();
      expect(doc.channel['atom:link']['@href']).toBe('https://cms.example.vn/api/newsroom/feeds/rss.xml');
      const item = (doc.channel.item ?? []).find((entry) => entry.enclosure);
      expect(item?.enclosure?.['@url']).toBe(`https://cms.example.vn${image.url}`);
      const index = parseXml<SitemapIndexXml>((await getXml(strapi, '/sitemaps/index.xml')).body as string);
      expect(index.sitemapindex.sitemap?.[0].loc).toBe('https://cms.example.vn/api/newsroom/sitemaps/articles-1.xml');
    } finally {
      strapi.config.set('server.url', previous);
    }
  });

  test('the feed holds feeds.rssSize items, counting only articles that have a URL', async () => {
    const previous = strapi.config.get('plugin::newsroom.feeds.rssSize');
    strapi.config.set('plugin::newsroom.feeds.rssSize', 2);
    try {
      // The newest article has no section, so no URL: the feed reads on to fill its two items.
      const newest = await strapi.db.query(ARTICLE).findMany({ where: { publishedAt: { $notNull: true } }, orderBy: [{ originalPublishedAt: 'desc' }, { id: 'desc' }], limit: 1 });
      expect(newest[0].documentId).toBe(docs.noSection.documentId);
      const items = await itemsOf();
      expect(items).toHaveLength(2);
      expect(await itemsOf('?section=thoi-su')).toHaveLength(2);
      expect(await itemsOf('?section=thoi-su&locale=vi')).toHaveLength(1);
    } finally {
      strapi.config.set('plugin::newsroom.feeds.rssSize', previous);
    }
  });
});

describe('Google News sitemap', () => {
  test('articles first published in the last 48 hours, with publication, date and title', async () => {
    const res = await getXml(strapi, '/sitemaps/news.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const { urlset } = parseXml<NewsXml>(res.body as string);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = urlset.url ?? [];
    expect(urls.length).toBeLessThanOrEqual(1000);
    expect(urls.map((url) => url['news:news']['news:title']).sort()).toEqual(PUBLISHED_TITLES().filter((t) => t !== 'Tin cũ ba ngày trước'));
    const now = Date.now();
    for (const url of urls) {
      expect(new URL(url.loc).origin).toBe(SITE_URL);
      expect(url.loc.length).toBeLessThanOrEqual(2048);
      expect(url['news:news']['news:publication']['news:name']).toBe('Tin Tây Nguyên (demo)');
      const date = url['news:news']['news:publication_date'];
      expect(date).toMatch(W3C_DATETIME);
      expect(now - new Date(date).getTime()).toBeLessThanOrEqual(48 * 3600 * 1000);
    }
    const vi = urls.find((url) => url.loc === urlOf('viArticle'));
    const en = urls.find((url) => url.loc === urlOf('tricky'));
    expect(vi?.['news:news']['news:publication']['news:language']).toBe('vi');
    expect(en?.['news:news']['news:publication']['news:language']).toBe('en');
    expect(res.body).not.toContain(DRAFT_TITLE);
  });

  test('the 48-hour window is counted from the first publication', async () => {
    const hour = 3600 * 1000;
    await setFirstPublication(docs.old.documentId, new Date(Date.now() - 47 * hour));
    const inside = parseXml<NewsXml>((await getXml(strapi, '/sitemaps/news.xml')).body as string).urlset.url ?? [];
    expect(inside.map((url) => url.loc)).toContain(urlOf('old'));
    await setFirstPublication(docs.old.documentId, new Date(Date.now() - 49 * hour));
    const outside = parseXml<NewsXml>((await getXml(strapi, '/sitemaps/news.xml')).body as string).urlset.url ?? [];
    expect(outside.map((url) => url.loc)).not.toContain(urlOf('old'));
    await setFirstPublication(docs.old.documentId, new Date(Date.now() - 72 * hour));
  });
});

describe('sitemap index and article sitemaps', () => {
  test('the index lists articles-1.xml, which lists every published article with its lastmod', async () => {
    const res = await getXml(strapi, '/sitemaps/index.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const { sitemapindex } = parseXml<SitemapIndexXml>(res.body as string);
    expect(sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const sitemaps = sitemapindex.sitemap ?? [];
    expect(sitemaps).toHaveLength(1);
    expect(sitemaps[0].loc).toBe(`http://${CMS_HOST}/api/newsroom/sitemaps/articles-1.xml`);
    const loc = new URL(sitemaps[0].loc);
    expect(sitemaps[0].lastmod).toMatch(W3C_DATETIME);

    const page = await getXml(strapi, loc.pathname);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('application/xml; charset=utf-8');
    const { urlset } = parseXml<UrlsetXml>(page.body as string);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = urlset.url ?? [];
    expect(urls.map((url) => url.loc).sort()).toEqual(['tricky', 'edited', 'old', 'viArticle'].map((key) => urlOf(key)).sort());
    for (const url of urls) {
      expect(url.lastmod).toMatch(W3C_DATETIME);
      expect(url.loc.length).toBeLessThanOrEqual(2048);
    }
    const newest = Math.max(...urls.map((url) => new Date(url.lastmod ?? 0).getTime()));
    // The index's lastmod is the newest change among the page's published articles, those left out
    // for want of a URL (noSection) included: never older than what the file lists, never ahead.
    const indexed = new Date(sitemaps[0].lastmod ?? 0).getTime();
    expect(indexed).toBeGreaterThanOrEqual(newest);
    expect(indexed).toBeLessThanOrEqual(Date.now());
    for (const key of ['draft', 'gone', 'scheduled', 'noSection']) expect(page.body).not.toContain(docs[key].slug);
  });

  test('a page past the last one → 404', async () => {
    const res = await getXml(strapi, '/sitemaps/articles-2.xml');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body as string).error.name).toBe('NotFoundError');
  });
});

describe('conditional requests', () => {
  test.each(['/feeds/rss.xml', '/sitemaps/news.xml', '/sitemaps/index.xml', '/sitemaps/articles-1.xml'])('%s: ETag and Last-Modified, 304 when current', async (path) => {
    const first = await getXml(strapi, path);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const again = await getXml(strapi, path, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await getXml(strapi, path, { 'If-None-Match': '"something-else"' })).status).toBe(200);
    expect((await getXml(strapi, path, { 'If-Modified-Since': lastModified })).status).toBe(304);
    const before = new Date(new Date(lastModified).getTime() - 1000).toUTCString();
    expect((await getXml(strapi, path, { 'If-Modified-Since': before })).status).toBe(200);
  });

  test('a publication changes the ETag; a client with the old one gets the new feed', async () => {
    const before = await getXml(strapi, '/feeds/rss.xml');
    await published('fresh', { title: 'Tin mới vừa đăng', lead: 'Mới' });
    await publishedSection(strapi, 'Mới', 'moi', [docs.fresh.documentId]);
    const after = await getXml(strapi, '/feeds/rss.xml', { 'If-None-Match': before.headers.etag as string });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(titles(parseXml<RssXml>(after.body as string).rss.channel.item ?? [])).toContain('Tin mới vừa đăng');
    // An unpublication does too (the ETag hashes the bytes).
    const listed = await getXml(strapi, '/feeds/rss.xml');
    await strapi.documents(ARTICLE).unpublish({ documentId: docs.fresh.documentId });
    const gone = await getXml(strapi, '/feeds/rss.xml', { 'If-None-Match': listed.headers.etag as string });
    expect(gone.status).toBe(200);
    expect(gone.body).not.toContain('Tin mới vừa đăng');
  });
});

describe('republication', () => {
  test('a republished article keeps its sections and shows its new published version', async () => {
    await strapi.documents(ARTICLE).publish({ documentId: docs.edited.documentId });
    const economy = await itemsOf('?section=kinh-te');
    expect(titles(economy)).toEqual([DRAFT_TITLE]);
    expect(economy[0].link).toBe(urlOf('edited'));
    // Put it back as it was for the other tests' expectations.
    await strapi.documents(ARTICLE).update({ documentId: docs.edited.documentId, data: { title: 'Tin đã đăng, đang sửa' } });
    await strapi.documents(ARTICLE).publish({ documentId: docs.edited.documentId });
    expect(titles(await itemsOf('?section=thoi-su'))).toEqual(PUBLISHED_TITLES());
  });
});

describe('bad parameters: a 4xx in Strapi error shape, never a 500', () => {
  const expectError = (res: { status: number; body: unknown }, status: number) => {
    const body = typeof res.body === 'string' ? JSON.parse(res.body) : res.body;
    expect(body).toEqual({ data: null, error: { status, name: expect.any(String), message: expect.any(String), details: expect.anything() } });
  };

  test.each([
    ['/feeds/rss.xml?sections=thoi-su', 400],
    ['/feeds/rss.xml?section=', 400],
    ['/feeds/rss.xml?section[$ne]=x', 400],
    ['/feeds/rss.xml?section=thoi-su&section=kinh-te', 400],
    ['/feeds/rss.xml?section=thời-sự', 400],
    [`/feeds/rss.xml?section=${'a'.repeat(300)}`, 400],
    ['/feeds/rss.xml?section=%00', 400],
    ['/feeds/rss.xml?locale=', 400],
    ['/feeds/rss.xml?locale=vi%00', 400],
    ['/feeds/rss.xml?locale[]=vi', 400],
    ['/feeds/rss.xml?locale=../../etc', 400],
    ['/feeds/rss.xml?section=khong-co', 404],
    ['/feeds/rss.xml?section=kinh-te&locale=vi', 404],
    ['/feeds/rss.xml?locale=fr', 404],
    ['/feeds/rss.xml?pagination[page]=2', 400],
    ['/sitemaps/news.xml?locale=vi', 400],
    ['/sitemaps/index.xml?page=1', 400],
    ['/sitemaps/articles-1.xml?x=1', 400],
    ['/sitemaps/articles-0.xml', 400],
    ['/sitemaps/articles-01.xml', 400],
    ['/sitemaps/articles--1.xml', 400],
    ['/sitemaps/articles-1.5.xml', 400],
    ['/sitemaps/articles-abc.xml', 400],
    ['/sitemaps/articles-1e3.xml', 400],
    ['/sitemaps/articles-99999999999999999999.xml', 400],
    ['/sitemaps/articles-999999999.xml', 404],
    ['/sitemaps/articles-%00.xml', 400],
  ])('%s → %d', async (path, status) => {
    const res = await getXml(strapi, path);
    expect([path, res.status]).toEqual([path, status]);
    expectError(res, status);
  });
});
