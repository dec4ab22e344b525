import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import type { Core } from '@strapi/strapi';
import path from 'path';
import { ARTICLE } from '../helpers/content';
import { databaseKind } from '../helpers/database';
import { ROOT } from '../helpers/paths';
import { SCHEDULE, eventually } from '../helpers/schedules';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/**
 * Several Strapi instances on one PostgreSQL or MariaDB database: every entry runs exactly once
 * (publish operations and `entry.publish` events counted in each process), none is left `running`,
 * no document gets two published rows; a killed instance's entries are finished by the other; an
 * entry runs on whichever instance is alive, whoever created it.
 */

const TICK = { NEWSROOM_SCHEDULE_TICK: '1' };

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(prefix: string, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/** Instance B: tests/helpers/scheduler-instance.ts in its own process, on this test's database. */
const instanceB = (env: Record<string, string>): Child => {
  const child = spawn(process.execPath, ['-r', 'esbuild-register', path.join(ROOT, 'tests/helpers/scheduler-instance.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  let err = '';
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr.on('data', (chunk) => (err = (err + chunk).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    waitFor: (prefix, timeoutMs = 120000) =>
      eventually(async () => {
        const line = lines.find((l) => l.startsWith(prefix));
        if (line) return line;
        if (child.exitCode !== null && child.exitCode !== 0) throw new Error(`instance B exited ${child.exitCode}: ${err}`);
        return undefined;
      }, timeoutMs, `instance B to print ${prefix}`),
  };
};

// SQLite is embedded: one Strapi process per database file.
const serverDatabase = databaseKind() === 'sqlite' ? describe.skip : describe;

serverDatabase('scheduling with several Strapi instances on one database', () => {
  let app: TestApp | undefined;
  let strapi: Core.Strapi;
  let publishes = 0;
  let events = 0;

  const drafts = async (count: number, tag: string) => {
    const docs: Array<{ documentId: string; locale: string }> = [];
    for (let i = 0; i < count; i += 25) {
      const chunk = await Promise.all(
        Array.from({ length: Math.min(25, count - i) }, (_, j) =>
          strapi.documents(ARTICLE).create({ data: { title: `${tag} – tin số ${i + j + 1}` } })
        )
      );
      docs.push(...chunk.map((d) => ({ documentId: d.documentId, locale: String(d.locale) })));
    }
    return docs;
  };
  const dueAt = async (docs: Array<{ documentId: string; locale: string }>, at: Date) => {
    const data = docs.map((d) => ({
      contentType: ARTICLE, targetDocumentId: d.documentId, targetLocale: d.locale, action: 'publish', runAt: at, dueAt: at,
      timezone: 'Asia/Ho_Chi_Minh', status: 'scheduled', attempts: 0, requestedAt: new Date(),
    }));
    for (let i = 0; i < data.length; i += 250) await strapi.db.query(SCHEDULE).createMany({ data: data.slice(i, i + 250) });
  };
  const entriesOf = (ids: string[]) => strapi.db.query(SCHEDULE).findMany({ where: { targetDocumentId: { $in: ids } } });
  const allSettled = (ids: string[], timeoutMs = 180000) =>
    eventually(async () => {
      const open = await strapi.db.query(SCHEDULE).count({ where: { targetDocumentId: { $in: ids }, status: { $in: ['scheduled', 'running'] } } });
      return open === 0;
    }, timeoutMs, 'every entry to run');
  /** Published rows per document: exactly one each. */
  const publishedPerDocument = async (ids: string[]) => {
    const rows = await strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] });
    const per = new Map<string, number>();
    for (const row of rows) per.set(row.documentId, (per.get(row.documentId) ?? 0) + 1);
    return ids.map((id) => per.get(id) ?? 0);
  };

  beforeAll(async () => {
    Object.assign(process.env, TICK);
    app = await startStrapi();
    strapi = app.strapi;
    strapi.documents.use(async (ctx, next) => {
      if (ctx.action === 'publish') publishes += 1;
      return next();
    });
    strapi.eventHub.on('entry.publish', () => {
      events += 1;
    });
  });
  afterAll(async () => {
    delete process.env.NEWSROOM_SCHEDULE_TICK;
    await stopStrapi(app);
  });

  test('500 entries due at one instant on two instances: each runs exactly once', async () => {
    const docs = await drafts(500, 'Hai máy chủ');
    const ids = docs.map((d) => d.documentId);
    const b = instanceB({ ...app!.db.env, ...TICK });
    await b.waitFor('READY');
    const [before, eventsBefore] = [publishes, events];
    const at = new Date(Date.now() + 3000);
    await dueAt(docs, at);
    await allSettled(ids);
    b.process.stdin.write('report\n');
    const result = JSON.parse((await b.waitFor('RESULT ')).slice('RESULT '.length)) as { publishes: number; events: number };
    await b.exited;
    const mine = publishes - before;
    console.log(`[scheduling-instances] ${databaseKind()}: A published ${mine}, B ${result.publishes}`);

    expect(mine + result.publishes).toBe(500);
    expect(events - eventsBefore + result.events).toBe(500);
    const entries = await entriesOf(ids);
    expect(entries).toHaveLength(500);
    expect(entries.filter((e) => e.status === 'done' && e.outcome === 'published')).toHaveLength(500);
    expect(await publishedPerDocument(ids)).toEqual(ids.map(() => 1));
    const published = await strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['publishedAt'] });
    expect(published.every((row) => new Date(row.publishedAt).getTime() >= at.getTime())).toBe(true);
  });

  test('an instance killed mid-run: the other takes its entries over when their lease ends', async () => {
    const scheduler = strapi.plugin('newsroom').service('scheduler');
    await scheduler.stop(); // B alone until it dies
    const docs = await drafts(300, 'Máy chủ bị tắt');
    const ids = docs.map((d) => d.documentId);
    const b = instanceB({ ...app!.db.env, ...TICK, NEWSROOM_SCHEDULE_LEASE: '5', NEWSROOM_SCHEDULE_BATCH: '20' });
    await b.waitFor('READY');
    await dueAt(docs, new Date(Date.now() + 2000));
    const doneWhenKilled = await eventually(async () => {
      const done = await strapi.db.query(SCHEDULE).count({ where: { targetDocumentId: { $in: ids }, status: 'done' } });
      return done >= 20 && done < 250 ? done : undefined;
    }, 120000, 'B to be part-way');
    b.process.kill('SIGKILL');
    await b.exited;
    const running = await strapi.db.query(SCHEDULE).count({ where: { targetDocumentId: { $in: ids }, status: 'running' } });
    const doneBefore = await strapi.db.query(SCHEDULE).count({ where: { targetDocumentId: { $in: ids }, status: 'done' } });
    console.log(`[scheduling-instances] ${databaseKind()}: B killed with ${doneWhenKilled}+ done, ${running} claimed`);
    const before = publishes;
    await scheduler.start();
    await allSettled(ids);
    const entries = await entriesOf(ids);
    expect(entries.filter((e) => e.status === 'done' && e.outcome === 'published')).toHaveLength(300);
    expect(await publishedPerDocument(ids)).toEqual(ids.map(() => 1));
    // A published exactly what B had not finished.
    expect(publishes - before).toBe(300 - doneBefore);
  });

  test('an entry runs on whichever instance is alive, whoever created it', async () => {
    const docs = await drafts(20, 'Tạo ở máy B');
    const ids = docs.map((d) => d.documentId);
    const at = Date.now() + 15000;
    const b = instanceB({ ...app!.db.env, ...TICK, NEWSROOM_SCHEDULER: 'false', SCHEDULE_CREATE: JSON.stringify(ids), SCHEDULE_AT: String(at) });
    await b.waitFor('CREATED');
    expect(await b.exited).toBe(0);
    const entries = await entriesOf(ids);
    expect(entries.map((e) => e.authorName)).toEqual(ids.map(() => 'instance B'));
    expect(entries.every((e) => e.status === 'scheduled')).toBe(true);
    await allSettled(ids, 120000);
    expect((await entriesOf(ids)).every((e) => e.status === 'done' && e.outcome === 'published')).toBe(true);
    expect(await publishedPerDocument(ids)).toEqual(ids.map(() => 1));
  });
});
