/**
 * Feeds behind Users & Permissions (config feeds.public = false), an article path with date and
 * locale tokens and no {section}, and the protocols' volume limits: 1,000 news URLs, 50,000 URLs
 * per sitemap file.
 */
import type { Core } from '@strapi/strapi';
import { grantRole } from '../../playground/src/seed/permissions';
import { ARTICLE, addLocale, createArticle } from '../helpers/content';
import { SITE_URL, getXml, parseXml, type NewsXml, type RssXml, type SitemapIndexXml, type UrlsetXml } from '../helpers/feeds';
import { bearer } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;

const PATHS = ['/feeds/rss.xml', '/sitemaps/news.xml', '/sitemaps/index.xml', '/sitemaps/articles-1.xml'];
const ACTIONS = ['plugin::newsroom.feed.rss', 'plugin::newsroom.feed.news', 'plugin::newsroom.feed.index', 'plugin::newsroom.feed.articles'];

beforeAll(async () => {
  process.env.NEWSROOM_FEEDS_PUBLIC = 'false';
  process.env.NEWSROOM_ARTICLE_PATH = '/{locale}/{yyyy}/{mm}/{dd}/{documentId}-{slug}';
  try {
    app = await startStrapi();
  } finally {
    delete process.env.NEWSROOM_FEEDS_PUBLIC;
    delete process.env.NEWSROOM_ARTICLE_PATH;
  }
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
});
afterAll(() => stopStrapi(app));

describe('feeds.public = false: Users & Permissions decides', () => {
  test('without the permission → 403 on every route', async () => {
    for (const path of PATHS) {
      const res = await getXml(strapi, path);
      expect([path, res.status]).toEqual([path, 403]);
      expect(JSON.parse(res.body as string).error.name).toBe('ForbiddenError');
    }
  });

  test('each route is an action of its own; granted, it answers, marked private', async () => {
    await grantRole(strapi, 'public', ['plugin::newsroom.feed.rss']);
    const res = await getXml(strapi, '/feeds/rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect((await getXml(strapi, '/sitemaps/news.xml')).status).toBe(403);
    const token = await createApiToken(strapi, 'custom', ['plugin::newsroom.feed.news']);
    expect((await getXml(strapi, '/sitemaps/news.xml', bearer(token))).status).toBe(200);
    await grantRole(strapi, 'public', ACTIONS);
    for (const path of PATHS) expect([path, (await getXml(strapi, path)).status]).toEqual([path, 200]);
  });
});

describe('an article path with locale and date tokens', () => {
  test('{yyyy}/{mm}/{dd} are the first publication in the newsroom zone (Asia/Ho_Chi_Minh); no section needed', async () => {
    const doc = (await createArticle(strapi, { title: 'Pháo hoa đón năm mới' }, { status: 'published', locale: 'vi' })) as unknown as {
      documentId: string;
      slug: string;
    };
    // 20:30 UTC on 31 December is 03:30 on 1 January in Hồ Chí Minh City.
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: doc.documentId }, data: { originalPublishedAt: new Date('2026-12-31T20:30:00Z') } });
    const items = parseXml<RssXml>((await getXml(strapi, '/feeds/rss.xml?locale=vi')).body as string).rss.channel.item ?? [];
    expect(items.map((item) => item.link)).toEqual([`${SITE_URL}/vi/2027/01/01/${doc.documentId}-${doc.slug}`]);
    expect(items[0].pubDate).toBe('Thu, 31 Dec 2026 20:30:00 GMT');
  });
});

describe('volume limits', () => {
  const HOUR = 3600 * 1000;
  const insertPublished = async (count: number, prefix: string, firstPublishedAt: (i: number) => Date) => {
    for (let start = 0; start < count; start += 500) {
      const data = Array.from({ length: Math.min(500, count - start) }, (_, k) => {
        const i = start + k;
        const date = firstPublishedAt(i);
        return {
          documentId: `${prefix}${String(i).padStart(6, '0')}`,
          locale: 'en',
          title: `Bulk ${prefix} ${i}`,
          slug: `${prefix}-${i}`,
          publishedAt: date,
          originalPublishedAt: date,
          createdAt: date,
          updatedAt: date,
        };
      });
      await strapi.db.query(ARTICLE).createMany({ data });
    }
  };

  test('the news sitemap holds the 1,000 newest of 1,005 recent articles', async () => {
    const now = Date.now();
    await insertPublished(1005, 'news', (i) => new Date(now - HOUR - i * 60 * 1000));
    const { urlset } = parseXml<NewsXml>((await getXml(strapi, '/sitemaps/news.xml')).body as string);
    const urls = urlset.url ?? [];
    expect(urls).toHaveLength(1000);
    const titles = new Set(urls.map((url) => url['news:news']['news:title']));
    // The newest (smallest i) are in, the 5 oldest out.
    for (const i of [0, 1, 998]) expect(titles.has(`Bulk news ${i}`)).toBe(true);
    for (const i of [1000, 1004]) expect(titles.has(`Bulk news ${i}`)).toBe(false);
  });

  test('50,000 URLs per sitemap file: the index lists two pages that together list every published article once', async () => {
    await insertPublished(50000, 'old', (i) => new Date(Date.UTC(2020, 0, 1) + i * 1000));
    const total = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
    expect(total).toBeGreaterThan(50000);
    const index = parseXml<SitemapIndexXml>((await getXml(strapi, '/sitemaps/index.xml')).body as string).sitemapindex.sitemap ?? [];
    expect(index.map((entry) => new URL(entry.loc).pathname)).toEqual(['/api/newsroom/sitemaps/articles-1.xml', '/api/newsroom/sitemaps/articles-2.xml']);
    const first = parseXml<UrlsetXml>((await getXml(strapi, '/sitemaps/articles-1.xml')).body as string).urlset.url ?? [];
    const second = parseXml<UrlsetXml>((await getXml(strapi, '/sitemaps/articles-2.xml')).body as string).urlset.url ?? [];
    expect(first).toHaveLength(50000);
    expect(second).toHaveLength(total - 50000);
    const locs = new Set([...first, ...second].map((url) => url.loc));
    expect(locs.size).toBe(total);
    // Oldest first publication first: the 2020 articles fill page 1.
    expect(first[0].loc).toBe(`${SITE_URL}/en/2020/01/01/old000000-old-0`);
    expect((await getXml(strapi, '/sitemaps/articles-3.xml')).status).toBe(404);
  });
});
