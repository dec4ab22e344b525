import type { Core } from '@strapi/strapi';
import { seedDemo } from '../../playground/src/seed';
import { SEED_ARTICLES, SEED_BYLINES, SEED_SECTIONS } from '../../playground/src/seed/content';

const SECTION = 'api::section.section';
import { ARTICLE, BYLINE } from '../helpers/content';
import { http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp | undefined;
let strapi: Core.Strapi;

beforeAll(async () => {
  process.env.NEWSROOM_DEMO_SEED = 'true'; // what `npm run demo:start` sets
  try {
    app = await startStrapi();
  } finally {
    delete process.env.NEWSROOM_DEMO_SEED;
  }
  strapi = app.strapi;
});
afterAll(() => stopStrapi(app));

const counts = async () => ({
  articles: await strapi.db.query(ARTICLE).count({ where: { publishedAt: null } }),
  published: await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } }),
  bylines: await strapi.db.query(BYLINE).count(),
  sections: await strapi.db.query(SECTION).count(),
});

describe('the demo seed (playground only)', () => {
  test('Vietnamese content: at least 8 articles, some drafts, at least 3 bylines', async () => {
    const published = SEED_ARTICLES.filter((a) => a.publish).length;
    expect(SEED_ARTICLES.length).toBeGreaterThanOrEqual(8);
    expect(published).toBeGreaterThan(0);
    expect(published).toBeLessThan(SEED_ARTICLES.length);
    expect(await counts()).toEqual({
      articles: SEED_ARTICLES.length,
      published,
      bylines: SEED_BYLINES.length,
      sections: 2 * SEED_SECTIONS.length, // draft and published rows
    });
    expect(await strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('vi');
  });

  test('the public reads published articles, with a two-reporter byline among them', async () => {
    const res = await http(strapi).get('/api/newsroom/articles?populate=bylines&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(SEED_ARTICLES.filter((a) => a.publish).length);
    const twoReporters = res.body.data.find(
      (a: { bylines: Array<{ role: string }> }) => a.bylines.filter((b) => b.role === 'reporter').length === 2
    );
    expect(twoReporters.bylineText).toMatch(/^[^–]+ – [^–]+$/);
    expect((await http(strapi).get('/api/newsroom/bylines')).status).toBe(200);
  });

  test('sections list their articles; the public sees only the published ones', async () => {
    const res = await http(strapi).get('/api/sections?populate[articles][fields][0]=title&populate[lead][populate]=article&sort=name');
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: { name: string }) => s.name)).toEqual(SEED_SECTIONS.map((s) => s.name).sort());
    const drafts = SEED_ARTICLES.filter((a) => !a.publish).map((a) => a.title);
    const listed = res.body.data.flatMap((s: { articles: Array<{ title: string }> }) => s.articles.map((a) => a.title));
    expect(listed.length).toBeGreaterThan(0);
    for (const title of drafts) expect(listed).not.toContain(title);
    // A draft is filed under its section: the section's draft (what the admin edits) lists it.
    const draftRows = await strapi.db.query(SECTION).findMany({ where: { publishedAt: null }, populate: { articles: true } });
    const filed = draftRows.flatMap((s: { articles: Array<{ title: string }> }) => s.articles.map((a) => a.title));
    const filedDrafts = drafts.filter((title) => SEED_SECTIONS.some((s) => s.articles.some((prefix) => title.startsWith(prefix))));
    expect(filedDrafts.length).toBeGreaterThan(0);
    expect(filed).toEqual(expect.arrayContaining(filedDrafts));
    expect(res.body.data.every((s: { lead: { article: { title: string } | null } }) => s.lead?.article?.title)).toBe(true);
  });

  test('a demo admin exists', async () => {
    expect(await strapi.db.query('admin::user').count({ where: { email: 'admin@newsroom.local' } })).toBe(1);
  });

  test('running it again duplicates nothing', async () => {
    const before = await counts();
    await seedDemo(strapi);
    expect(await counts()).toEqual(before);
    expect(await strapi.db.query('admin::user').count()).toBe(1);
  });
});
