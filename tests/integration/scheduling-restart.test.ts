import type { Core } from '@strapi/strapi';
import { ARTICLE, createArticle } from '../helpers/content';
import { SCHEDULE, eventually } from '../helpers/schedules';
import { shutdownStrapi, startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/**
 * Catch-up: entries that fall due while Strapi is down run at the next start, all of them (not a
 * first page), oldest first in batches; or, past `missedAfterMinutes`, are marked failed ("missed").
 */

const ENV = { NEWSROOM_SCHEDULE_TICK: '1', NEWSROOM_SCHEDULE_BATCH: '20' };
let app: TestApp | undefined;
let strapi: Core.Strapi;

const schedules = () => strapi.plugin('newsroom').service('schedules');
const rowsOf = () => strapi.db.query(SCHEDULE).findMany({ orderBy: { runAt: 'asc' } });

beforeAll(async () => {
  Object.assign(process.env, ENV);
  app = await startStrapi();
  strapi = app.strapi;
});

afterAll(async () => {
  for (const key of [...Object.keys(ENV), 'NEWSROOM_SCHEDULE_MISSED_AFTER', 'NEWSROOM_SCHEDULER']) delete process.env[key];
  await stopStrapi(app);
});

test('entries that fell due while Strapi was down all run at start-up, oldest first, in batches', async () => {
  const count = 65; // more than three batches of 20
  const docs = [];
  for (let i = 0; i < count; i += 1) docs.push(await createArticle(strapi, { title: `Tin vắng mặt số ${i + 1}` }));
  // Scheduled ahead through the service, then moved into the past while no scheduler runs: the entries
  // fall due "while Strapi is down" however long the 65 calls take on a slow machine.
  process.env.NEWSROOM_SCHEDULER = 'false';
  app = await startStrapi({ db: await shutdownStrapi(app!) });
  strapi = app.strapi;
  const hour = 3600 * 1000;
  const base = Date.now() + hour;
  for (const [i, doc] of docs.entries()) {
    await schedules().schedule(
      // Distinct instants, the oldest last created: order must come from runAt, not from ids.
      { contentType: ARTICLE, documentId: doc.documentId, locale: null, action: 'publish', runAt: new Date(base + (count - i) * 10), timezone: 'Asia/Ho_Chi_Minh' },
      { id: null, name: 'test' }
    );
  }
  expect((await rowsOf()).every((row) => row.status === 'scheduled')).toBe(true);
  const shift = hour + 60000; // each a minute overdue or so, order kept
  for (const row of await rowsOf()) {
    const at = new Date(new Date(row.runAt).getTime() - shift);
    await strapi.db.query(SCHEDULE).update({ where: { id: row.id }, data: { runAt: at, dueAt: at } });
  }
  const db = await shutdownStrapi(app!);
  process.env.NEWSROOM_SCHEDULER = 'true';
  app = await startStrapi({ db });
  strapi = app.strapi;

  const rows = await eventually(async () => {
    const all = await rowsOf();
    return all.every((row) => row.status === 'done') ? all : undefined;
  }, 60000, 'every overdue entry to run');
  expect(rows).toHaveLength(count);
  expect(rows.every((row) => row.outcome === 'published')).toBe(true);
  // Oldest first, in batches of 20: the oldest batch all ran before any of the newest batch.
  const ranAt = rows.map((row) => new Date(row.ranAt).getTime());
  const oldestBatchLast = Math.max(...ranAt.slice(0, 20));
  const newestBatchFirst = Math.min(...ranAt.slice(count - 20));
  expect(oldestBatchLast).toBeLessThanOrEqual(newestBatchFirst);
  const published = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
  expect(published).toBe(count);
});

test('past missedAfterMinutes, an overdue entry is marked failed ("missed") instead of run', async () => {
  const [late, recent] = [
    await createArticle(strapi, { title: 'Tin đã quá hạn lâu' }),
    await createArticle(strapi, { title: 'Tin vừa đến hạn' }),
  ];
  // Written as if scheduled long ago: two hours and one minute overdue.
  const overdue = async (documentId: string, minutesAgo: number) => {
    const at = new Date(Date.now() - minutesAgo * 60000);
    return strapi.db.query(SCHEDULE).create({
      data: {
        contentType: ARTICLE, targetDocumentId: documentId, targetLocale: 'en', action: 'publish', runAt: at, dueAt: at,
        timezone: 'Asia/Ho_Chi_Minh', status: 'scheduled', attempts: 0, requestedAt: new Date(at.getTime() - 60000),
      },
    });
  };
  process.env.NEWSROOM_SCHEDULER = 'false'; // no instance runs them until the restart
  const db = await shutdownStrapi(app!);
  app = await startStrapi({ db });
  strapi = app.strapi;
  const lateRow = await overdue(late.documentId, 120);
  const recentRow = await overdue(recent.documentId, 1);
  process.env.NEWSROOM_SCHEDULER = 'true';
  process.env.NEWSROOM_SCHEDULE_MISSED_AFTER = '60';
  app = await startStrapi({ db: await shutdownStrapi(app) });
  strapi = app.strapi;
  const settled = (id: number) =>
    eventually(async () => {
      const row = await strapi.db.query(SCHEDULE).findOne({ where: { id } });
      return row.status === 'scheduled' || row.status === 'running' ? undefined : row;
    }, 30000, `entry ${id}`);
  expect(await settled(lateRow.id)).toMatchObject({ status: 'failed', outcome: 'missed', lastError: expect.stringMatching(/Missed/) });
  expect(await settled(recentRow.id)).toMatchObject({ status: 'done', outcome: 'published' });
  expect(await strapi.db.query(ARTICLE).count({ where: { documentId: late.documentId, publishedAt: { $notNull: true } } })).toBe(0);
  // An editor's "run now" still runs a missed entry.
  await strapi.plugin('newsroom').service('schedule-runner').runNow(lateRow.id);
  expect(await strapi.db.query(SCHEDULE).findOne({ where: { id: lateRow.id } })).toMatchObject({ status: 'done', outcome: 'published' });
  expect(await strapi.db.query(ARTICLE).count({ where: { documentId: late.documentId, publishedAt: { $notNull: true } } })).toBe(1);
});
