import type { Core } from '@strapi/strapi';
import { adminLogin } from '../helpers/admin-api';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { ARTICLE, createArticle, rowsOf } from '../helpers/content';
import { http } from '../helpers/http';
import { PROMOTION, SCHEDULE, createAdminWith, eventually, inMs, scheduleApi } from '../helpers/schedules';
import { startStrapi, stopStrapi, waitForIdlePool, type TestApp } from '../helpers/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';

/** Scheduled publication through the admin API and the real scheduler (a 1 s tick, short retries). */

let app: TestApp | undefined;
let strapi: Core.Strapi;
let api: ReturnType<typeof scheduleApi>;
const published: string[] = [];
const publishEvents: string[] = [];

const entryRow = (id: number) => strapi.db.query(SCHEDULE).findOne({ where: { id } });
const settled = (id: number) =>
  eventually(async () => {
    const row = await entryRow(id);
    return row && row.status !== 'scheduled' && row.status !== 'running' ? row : undefined;
  }, 30000, `entry ${id} to run`);
const publishedRows = async (documentId: string, uid = ARTICLE) =>
  (await strapi.db.query(uid as typeof ARTICLE).findMany({ where: { documentId, publishedAt: { $notNull: true } } })).length;
const draft = (title = 'Đắk Lắk: mùa cà phê chín sớm') => createArticle(strapi, { title, lead: '(newsroom) – Bài nháp.' });

beforeAll(async () => {
  Object.assign(process.env, {
    NEWSROOM_SCHEDULE_TICK: '1',
    NEWSROOM_SCHEDULE_RETRY: '1',
    NEWSROOM_SCHEDULE_ATTEMPTS: '2',
  });
  app = await startStrapi();
  strapi = app.strapi;
  // Every publish through the document service, and every publish event (what webhooks send).
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action === 'publish') published.push(String((ctx.params as { documentId?: string }).documentId));
    return next();
  });
  strapi.eventHub.on('entry.publish', (event: { model?: string; entry?: { documentId?: string } }) => {
    publishEvents.push(String(event.entry?.documentId));
  });
  await createSuperAdmin(strapi);
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  api = scheduleApi(strapi, await adminLogin(strapi, ADMIN));
});

afterAll(async () => {
  for (const key of ['NEWSROOM_SCHEDULE_TICK', 'NEWSROOM_SCHEDULE_RETRY', 'NEWSROOM_SCHEDULE_ATTEMPTS']) delete process.env[key];
  await stopStrapi(app);
});

describe('publish and unpublish at a time', () => {
  test('a scheduled draft is published within the tick, once, with the real publication time', async () => {
    const article = await draft();
    const runAt = inMs(1500);
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ documentId: article.documentId, locale: 'en', action: 'publish', status: 'scheduled', timezone: 'Asia/Ho_Chi_Minh' });
    expect(res.body.data.title).toBe('Đắk Lắk: mùa cà phê chín sớm');
    expect(res.body.data).not.toHaveProperty('claimedBy');
    // Not public before its time.
    expect((await http(strapi).get(`/api/newsroom/articles/${article.documentId}`)).status).toBe(404);

    const row = await settled(res.body.data.id);
    expect(row).toMatchObject({ status: 'done', outcome: 'published', attempts: 1, lastError: null });
    expect(await publishedRows(article.documentId)).toBe(1);
    expect(published.filter((id) => id === article.documentId)).toHaveLength(1);
    // Strapi emits entry.publish after the commit, after one more read, without the publisher waiting
    // for it: wait for the event, then for every read under way (a second event would come with them).
    await eventually(async () => publishEvents.includes(article.documentId), 30000, 'the entry.publish event');
    await waitForIdlePool(strapi);
    expect(publishEvents.filter((id) => id === article.documentId)).toHaveLength(1);
    const [live] = await strapi.db.query(ARTICLE).findMany({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
    // publishedAt is when it was published, not a copy of runAt.
    expect(new Date(live.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(runAt).getTime());
    expect(Math.abs(new Date(live.publishedAt).getTime() - new Date(row.ranAt).getTime())).toBeLessThan(5000);
    expect(live.originalPublishedAt).toBeTruthy();
    expect((await http(strapi).get(`/api/newsroom/articles/${article.documentId}`)).status).toBe(200);
  });

  test('run now publishes ahead of time, and publishedAt is that real time (before runAt)', async () => {
    const article = await draft('Hà Nội: khai trương tuyến buýt điện');
    const runAt = inMs(3600_000);
    const created = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt });
    const ran = await api.run(created.body.data.id);
    expect(ran.status).toBe(200);
    expect(ran.body.data).toMatchObject({ status: 'done', outcome: 'published' });
    const [live] = await strapi.db.query(ARTICLE).findMany({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
    expect(new Date(live.publishedAt).getTime()).toBeLessThan(new Date(runAt).getTime());
    expect((await api.run(created.body.data.id)).status).toBe(400); // done is done
  });

  test('unpublish at a time takes a published article down', async () => {
    const article = await createArticle(strapi, { title: 'Khuyến mãi cuối tuần' }, { status: 'published' });
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'unpublish', runAt: inMs(1200) });
    expect(res.status).toBe(201);
    expect(await settled(res.body.data.id)).toMatchObject({ status: 'done', outcome: 'unpublished' });
    expect(await publishedRows(article.documentId)).toBe(0);
    expect(await rowsOf(strapi, article.documentId)).toHaveLength(1); // the draft stays
  });

  test('a wall-clock time without offset is read in the chosen time zone', async () => {
    const article = await draft('Huế: lễ hội áo dài');
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: '2099-12-01T06:00', timezone: 'Asia/Ho_Chi_Minh' });
    expect(res.status).toBe(201);
    expect(res.body.data.runAt).toBe('2099-11-30T23:00:00.000Z');
    const paris = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: '2099-07-01T06:00', timezone: 'Europe/Paris' });
    expect(paris.status).toBe(200); // replaced
    expect(paris.body.data).toMatchObject({ runAt: '2099-07-01T04:00:00.000Z', timezone: 'Europe/Paris' });
  });
});

describe('replace, cancel, validation', () => {
  test('a second entry with the same action replaces the first; cancel stops it for good', async () => {
    const article = await draft('Quảng Nam: đón khách quốc tế');
    const first = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(3600_000) });
    const second = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(2000) });
    expect(second.status).toBe(200);
    expect(await entryRow(first.body.data.id)).toMatchObject({ status: 'cancelled', outcome: 'replaced' });
    const cancelled = await api.cancel(second.body.data.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', outcome: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(await publishedRows(article.documentId)).toBe(0);
    expect((await api.cancel(second.body.data.id)).status).toBe(400);
    const list = await api.list({ documentId: article.documentId, status: 'scheduled' });
    expect(list.body.data).toHaveLength(0);
  });

  test('bad requests are 400 or 404 with Strapi’s error shape, naming the problem', async () => {
    const article = await draft('Gia Lai: hội chợ nông sản');
    const base = { contentType: ARTICLE, documentId: article.documentId, action: 'publish' };
    const past = await api.create({ ...base, runAt: inMs(-60_000) });
    expect(past.status).toBe(400);
    expect(past.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/past/) });
    expect((await api.create({ ...base, documentId: 'khongcothat', runAt: inMs(60_000) })).status).toBe(404);
    expect((await api.create({ ...base, locale: 'fr', runAt: inMs(60_000) })).status).toBe(404);
    expect((await api.create({ ...base, contentType: 'api::topic.topic', runAt: inMs(60_000) })).status).toBe(400);
    expect((await api.create({ ...base, runAt: 'ngày mai' })).status).toBe(400);
    expect((await api.create({ ...base, runAt: '2099-02-30T06:00' })).status).toBe(400);
    // Past the year 9999 in UTC (MySQL's DATETIME cannot hold it: it was a 500 there).
    for (const runAt of ['9999-12-31T23:59:00-12:00', '9999-12-31T23:59']) {
      const far = await api.create({ ...base, runAt, timezone: 'America/Los_Angeles' });
      expect([runAt, far.status, far.body.error?.details?.errors?.[0]?.path]).toEqual([runAt, 400, ['runAt']]);
    }
    expect((await api.list({ from: '9999-12-31T23:59:00-12:00' })).status).toBe(400);
    expect((await api.create({ ...base, runAt: inMs(60_000), timezone: 'Mars/Olympus' })).status).toBe(400);
    expect((await api.create({ ...base, action: 'delete', runAt: inMs(60_000) })).status).toBe(400);
    expect((await api.create({ ...base, runAt: inMs(60_000), extra: 1 })).status).toBe(400);
    expect((await api.create([1, 2])).status).toBe(400);
    for (const id of ['abc', '0', '-1', '1e3', '99999999999999999999']) {
      expect([400, 404]).toContain((await api.cancel(id)).status);
      expect([400, 404]).toContain((await api.run(id)).status);
    }
    expect((await api.cancel(987654)).status).toBe(404);
    for (const query of [{ status: 'soon' }, { page: '0' }, { pageSize: '100000' }, { from: 'hôm qua' }, { sort: 'title' }, { contentType: "x' or 1=1" }]) {
      const res = await api.list(query as Record<string, string>);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
    }
  });

  test('a draft that could not be published is refused, with the field that is missing', async () => {
    const untitled = await strapi.documents(ARTICLE).create({ data: { lead: 'Chưa có tiêu đề' } });
    const res = await api.create({ contentType: ARTICLE, documentId: untitled.documentId, action: 'publish', runAt: inMs(60_000) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/cannot be published/);
    expect(res.body.error.message).toMatch(/title/);
  });

  test('an unpublication before the publication is refused, either way round', async () => {
    const article = await draft('Bình Định: lễ hội biển');
    const base = { contentType: ARTICLE, documentId: article.documentId };
    expect((await api.create({ ...base, action: 'publish', runAt: inMs(7200_000) })).status).toBe(201);
    const early = await api.create({ ...base, action: 'unpublish', runAt: inMs(3600_000) });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/after the scheduled publication/);
    expect((await api.create({ ...base, action: 'unpublish', runAt: inMs(9000_000) })).status).toBe(201);
    const late = await api.create({ ...base, action: 'publish', runAt: inMs(9500_000) });
    expect(late.status).toBe(400);
  });
});

describe('what a document’s own writes do to its schedule', () => {
  test('deleting the document cancels its entries', async () => {
    const article = await draft('Bài sẽ bị xoá');
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(3000) });
    await strapi.documents(ARTICLE).delete({ documentId: article.documentId });
    expect(await entryRow(res.body.data.id)).toMatchObject({ status: 'cancelled', outcome: 'document-deleted' });
  });

  test('publishing by hand first marks the entry done: nothing is published twice', async () => {
    const article = await draft('Lâm Đồng: mùa hoa dã quỳ');
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(2000) });
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    expect(await entryRow(res.body.data.id)).toMatchObject({ status: 'done', outcome: 'published-by-hand' });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(published.filter((id) => id === article.documentId)).toHaveLength(1);
    expect(publishEvents.filter((id) => id === article.documentId)).toHaveLength(1);
  });

  test('a run that fails keeps the reason, retries with backoff, then stays failed; run now retries it', async () => {
    const article = await draft('Bài sẽ hỏng khi đến giờ');
    const res = await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(1500) });
    // The draft becomes unpublishable after it was scheduled.
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: article.documentId }, data: { title: null } });
    const failed = await eventually(async () => {
      const row = await entryRow(res.body.data.id);
      return row.status === 'failed' ? row : undefined;
    }, 30000, 'two failed attempts');
    expect(failed).toMatchObject({ attempts: 2, outcome: 'error' });
    expect(failed.lastError).toMatch(/title/);
    const listed = await api.list({ status: 'failed', documentId: article.documentId });
    expect(listed.body.data[0]).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringMatching(/title/) });
    expect(listed.body.meta.counts.failed).toBeGreaterThanOrEqual(1);

    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: article.documentId }, data: { title: 'Đã sửa, đăng lại' } });
    const again = await api.run(res.body.data.id);
    expect(again.body.data).toMatchObject({ status: 'done', outcome: 'published', attempts: 3 });
    expect(await publishedRows(article.documentId)).toBe(1);
  });
});

describe('a host app’s own Draft & Publish type (api::promotion.promotion, no i18n)', () => {
  test('is scheduled, published and unpublished the same way; a locale is refused', async () => {
    const promo = await strapi.documents(PROMOTION as typeof ARTICLE).create({ data: { title: 'Giảm giá Tết' } as never });
    const base = { contentType: PROMOTION, documentId: promo.documentId };
    expect((await api.create({ ...base, locale: 'vi', action: 'publish', runAt: inMs(60_000) })).status).toBe(400);
    const pub = await api.create({ ...base, action: 'publish', runAt: inMs(1200) });
    expect(pub.status).toBe(201);
    expect(pub.body.data.locale).toBeNull();
    const unpub = await api.create({ ...base, action: 'unpublish', runAt: inMs(4000) });
    expect(unpub.status).toBe(201);
    expect(await settled(pub.body.data.id)).toMatchObject({ status: 'done', outcome: 'published' });
    expect(await publishedRows(promo.documentId, PROMOTION)).toBe(1);
    expect(await settled(unpub.body.data.id)).toMatchObject({ status: 'done', outcome: 'unpublished' });
    expect(await publishedRows(promo.documentId, PROMOTION)).toBe(0);
  });
});

describe('permissions and privacy', () => {
  test('each route checks its RBAC action, and scheduling needs the publish permission on the type', async () => {
    const article = await draft('Bài cần quyền');
    const reader = await createAdminWith(strapi, 'doc@example.vn', ['plugin::newsroom.schedule.read']);
    const manager = await createAdminWith(strapi, 'lich@example.vn', ['plugin::newsroom.schedule.read', 'plugin::newsroom.schedule.manage']);
    const editor = await createAdminWith(strapi, 'bientap2@example.vn', [
      'plugin::newsroom.schedule.read',
      'plugin::newsroom.schedule.manage',
      { action: 'plugin::content-manager.explorer.publish', subject: ARTICLE },
    ]);
    const body = { contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(3600_000) };
    const asReader = scheduleApi(strapi, await adminLogin(strapi, reader));
    expect((await asReader.list()).status).toBe(200);
    expect((await asReader.settings()).body.data).toMatchObject({ timezone: 'Asia/Ho_Chi_Minh', contentTypes: [ARTICLE, PROMOTION] });
    expect((await asReader.create(body)).status).toBe(403);
    expect((await scheduleApi(strapi, await adminLogin(strapi, manager)).create(body)).status).toBe(403);
    const created = await scheduleApi(strapi, await adminLogin(strapi, editor)).create(body);
    expect(created.status).toBe(201);
    expect(created.body.data.createdBy.name).toBe('Biên Tập');
    expect((await asReader.cancel(created.body.data.id)).status).toBe(403);
    expect((await asReader.run(created.body.data.id)).status).toBe(403);
    expect((await http(strapi).get('/newsroom/schedules')).status).toBe(401);
    expect((await http(strapi).post('/newsroom/schedules').send(body)).status).toBe(401);
  });

  test('scheduled drafts and their schedule are not public on REST or GraphQL', async () => {
    const article = await draft('Bí mật đến 6 giờ sáng');
    await api.create({ contentType: ARTICLE, documentId: article.documentId, action: 'publish', runAt: inMs(3600_000) });
    const list = await http(strapi).get('/api/newsroom/articles').query({ 'filters[documentId]': article.documentId, status: 'draft' });
    expect(list.status === 200 ? list.body.data : []).toHaveLength(0);
    expect((await http(strapi).get(`/api/newsroom/articles/${article.documentId}`).query({ status: 'draft' })).status).not.toBe(200);
    for (const path of ['/api/newsroom/schedules', '/api/schedules', '/api/newsroom/articles/schedules']) {
      const res = await http(strapi).get(path);
      expect([403, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain(article.documentId);
    }
    const gql = await http(strapi).post('/graphql').send({ query: '{ schedules { documentId } }' });
    expect(JSON.stringify(gql.body)).toMatch(/Cannot query field/);
    const published = await http(strapi).get('/api/newsroom/articles').query({ populate: '*' });
    expect(JSON.stringify(published.body)).not.toMatch(/runAt|schedule/i);
  });
});
