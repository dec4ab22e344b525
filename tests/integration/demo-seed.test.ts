import type { Core } from '@strapi/strapi';
import { commentContentHash, seedDemo } from '../../playground/src/seed';
import { SEED_ARTICLES, SEED_BYLINES, SEED_COMMENTS, SEED_SECTIONS, type SeedComment } from '../../playground/src/seed/content';
import { SEED_SCHEDULED } from '../../playground/src/seed/schedule';
import { contentHash } from '../../server/src/comments/rules/sender-hash';

const SECTION = 'api::section.section';
const COMMENT = 'plugin::newsroom.comment';
const COMMENT_EVENT = 'plugin::newsroom.comment-event';
const SCHEDULE = 'plugin::newsroom.schedule';
const STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
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
  comments: await strapi.db.query(COMMENT).count(),
  commentEvents: await strapi.db.query(COMMENT_EVENT).count(),
  schedules: await strapi.db.query(SCHEDULE).count(),
});

/** A reader's comment waits, then is decided (two events); a pending one and a staff reply have one. */
const expectedEvents = SEED_COMMENTS.reduce((sum, c) => sum + (c.staff || c.status === 'pending' ? 1 : 2), 0);

interface CommentRow {
  id: number;
  articleDocumentId: string;
  articleLocale: string | null;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  content: string;
  contentHash: string;
  status: string;
  isStaff: boolean;
  staffUserId: number | null;
  authorEmail: string;
}

/** The published row of the article a seeded comment is under. */
const publishedArticle = (prefix: string) =>
  strapi.db.query(ARTICLE).findOne({ where: { title: { $startsWith: prefix }, publishedAt: { $notNull: true } } });

interface PublicNode {
  content: string;
  isStaff: boolean;
  replyCount: number;
  replies: PublicNode[];
}

/** What the public thread should show of one article's seed: approved comments under approved parents, in order. */
const expectedThread = (prefix: string, parent?: string): PublicNode[] =>
  SEED_COMMENTS.filter((c: SeedComment) => c.article === prefix && c.parent === parent && c.status === 'approved').map((c) => {
    const replies = expectedThread(prefix, c.key);
    return { content: c.content, isStaff: c.staff === true, replyCount: replies.length, replies };
  });

const shapeOf = (nodes: Array<PublicNode & Record<string, unknown>>): PublicNode[] =>
  nodes.map((n) => ({ content: n.content, isStaff: n.isStaff, replyCount: n.replyCount, replies: shapeOf(n.replies as never) }));

describe('the demo seed (playground only)', () => {
  test('Vietnamese content: at least 8 articles, some drafts, at least 3 bylines', async () => {
    const published = SEED_ARTICLES.filter((a) => a.publish).length;
    expect(SEED_ARTICLES.length).toBeGreaterThanOrEqual(8);
    expect(published).toBeGreaterThan(0);
    expect(published).toBeLessThan(SEED_ARTICLES.length);
    expect(await counts()).toEqual({
      // Scheduled drafts are drafts until their time (the first one falls due minutes after start).
      articles: SEED_ARTICLES.length + SEED_SCHEDULED.length,
      published,
      bylines: SEED_BYLINES.length,
      sections: 2 * SEED_SECTIONS.length, // draft and published rows
      comments: SEED_COMMENTS.length,
      commentEvents: expectedEvents,
      // A publish entry per scheduled draft, the promotion's and one published story's unpublication.
      schedules: SEED_SCHEDULED.length + 2,
    });
    expect(await strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('vi');
  });

  test('the publishing calendar is filled: drafts due from minutes after start to days ahead, two take-downs', async () => {
    const entries = await strapi.db.query(SCHEDULE).findMany({ orderBy: { runAt: 'asc' } });
    expect(entries.every((e: { status: string }) => e.status === 'scheduled')).toBe(true);
    const publishes = entries.filter((e: { action: string }) => e.action === 'publish');
    expect(publishes).toHaveLength(SEED_SCHEDULED.length);
    const firstDue = new Date(publishes[0].runAt).getTime() - Date.now();
    expect(firstDue).toBeGreaterThan(0);
    expect(firstDue).toBeLessThanOrEqual(3 * 60000);
    expect(new Date(publishes[publishes.length - 1].runAt).getTime() - Date.now()).toBeGreaterThan(24 * 3600000);
    const takeDowns = entries.filter((e: { action: string }) => e.action === 'unpublish');
    expect(takeDowns.map((e: { contentType: string }) => e.contentType).sort()).toEqual(['api::promotion.promotion', ARTICLE]);
    // The promotion goes down at midnight in Hanoi (17:00 UTC).
    const promo = takeDowns.find((e: { contentType: string }) => e.contentType === 'api::promotion.promotion');
    expect(new Date(promo.runAt).toISOString()).toMatch(/T17:00:00\.000Z$/);
    expect(promo.timezone).toBe('Asia/Ho_Chi_Minh');
    // Drafts waiting for their time are not public.
    const res = await http(strapi).get('/api/newsroom/articles').query({ 'pagination[pageSize]': 100 });
    const titles = res.body.data.map((a: { title: string }) => a.title);
    for (const draft of SEED_SCHEDULED) expect(titles).not.toContain(draft.title);
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

  test('comments in every status, with replies and staff replies, on several articles, stored as the plugin stores them', async () => {
    for (const status of STATUSES) {
      const seeded = SEED_COMMENTS.filter((c) => c.status === status).length;
      expect(seeded).toBeGreaterThan(0);
      expect(await strapi.db.query(COMMENT).count({ where: { status } })).toBe(seeded);
    }
    const rows: CommentRow[] = await strapi.db.query(COMMENT).findMany({ orderBy: { id: 'asc' } });
    expect(new Set(rows.map((r) => r.articleDocumentId)).size).toBeGreaterThanOrEqual(3);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      // The duplicate rule compares the plugin's fingerprint: the seed must store the same one.
      expect(row.contentHash).toBe(contentHash(row.content));
      expect(commentContentHash(row.content)).toBe(contentHash(row.content));
      if (row.parentId === null) {
        expect([row.rootId, row.depth]).toEqual([null, 0]);
        continue;
      }
      const parent = byId.get(row.parentId) as CommentRow;
      expect(parent).toBeDefined();
      expect([row.articleDocumentId, row.articleLocale]).toEqual([parent.articleDocumentId, parent.articleLocale]);
      expect(row.rootId).toBe(parent.rootId ?? parent.id);
      expect(row.depth).toBe(parent.depth + 1);
      expect(parent.status).toBe('approved'); // readers can only answer what they can see
    }
    expect(rows.some((r) => r.depth === 2)).toBe(true);

    const admin = await strapi.db.query('admin::user').findOne({ where: { email: 'admin@newsroom.local' } });
    const staff = rows.filter((r) => r.isStaff);
    expect(staff.length).toBe(SEED_COMMENTS.filter((c) => c.staff).length);
    expect(staff.length).toBeGreaterThan(0);
    for (const row of staff) expect([row.status, row.staffUserId, row.parentId !== null]).toEqual(['approved', admin.id, true]);

    // Every seeded comment has its moderation history, ending in its status.
    for (const row of rows) {
      const events = await strapi.db.query(COMMENT_EVENT).findMany({ where: { commentId: row.id }, orderBy: { id: 'asc' } });
      expect(events.length).toBeGreaterThan(0);
      expect(events[events.length - 1].toStatus).toBe(row.status);
    }
  });

  test('the public thread of a seeded article shows only approved comments, nested, and its commentCount', async () => {
    const prefixes = [...new Set(SEED_COMMENTS.map((c) => c.article))];
    expect(prefixes.length).toBeGreaterThanOrEqual(3);
    const emails = SEED_COMMENTS.flatMap((c) => (c.authorEmail ? [c.authorEmail] : [])).concat('admin@newsroom.local');
    for (const prefix of prefixes) {
      const article = await publishedArticle(prefix);
      const res = await http(strapi).get(`/api/newsroom/articles/${article.documentId}/comments?sort=oldest&pageSize=100`);
      expect(res.status).toBe(200);
      const expected = expectedThread(prefix);
      expect(shapeOf(res.body.data)).toEqual(expected);
      expect(res.body.meta.pagination.total).toBe(expected.length);
      const body = JSON.stringify(res.body);
      for (const c of SEED_COMMENTS.filter((x) => x.article === prefix && x.status !== 'approved')) expect(body).not.toContain(c.content);
      for (const email of emails) expect(body).not.toContain(email);

      const approved = SEED_COMMENTS.filter((c) => c.article === prefix && c.status === 'approved').length;
      const read = await http(strapi).get(`/api/newsroom/articles/${article.documentId}`);
      expect(read.status).toBe(200);
      expect(read.body.data.commentCount).toBe(approved);
    }
    // Nesting is there: a reply to a reply, and a staff reply.
    const coffee = await publishedArticle(SEED_COMMENTS[0].article);
    const thread = await http(strapi).get(`/api/newsroom/articles/${coffee.documentId}/comments?sort=oldest`);
    expect(thread.body.data[0].replies[0].replies.length).toBe(1);
    expect(thread.body.data[0].replies.some((r: { isStaff: boolean }) => r.isStaff)).toBe(true);
  });

  test('a demo admin exists', async () => {
    expect(await strapi.db.query('admin::user').count({ where: { email: 'admin@newsroom.local' } })).toBe(1);
  });

  test('running it again duplicates nothing', async () => {
    const before = await counts();
    const commentCounts = async () =>
      (await strapi.db.query(ARTICLE).findMany({ select: ['id', 'commentCount'], orderBy: { id: 'asc' } })) as Array<{ id: number; commentCount: number }>;
    const countsBefore = await commentCounts();
    await seedDemo(strapi);
    expect(await counts()).toEqual(before);
    expect(await commentCounts()).toEqual(countsBefore);
    expect(await strapi.db.query('admin::user').count()).toBe(1);
  });
});
