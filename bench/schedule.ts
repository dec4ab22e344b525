/**
 * Scheduling benchmark (issue 7 §5): a real Strapi (the playground with the plugin) on a temporary
 * database, its real scheduler running with the default settings (tick 5 s, batches of 50).
 *
 * Run: npm run bench:schedule             (SQLite)
 *      DB=postgres npm run bench:schedule  (or DB=mysql)
 * Needs `npm run build` first (the playground loads the plugin's dist).
 *
 * 1. 200, then 1,000 publish entries due at one instant: how long until all ran, and the delay of
 *    each from its runAt to its run (median, max); publish operations and `entry.publish` events
 *    (what webhooks send) per entry.
 * 2. The due query (what the scheduler asks at each pass) with 100, with 100,000 and with 100 again
 *    entries scheduled far ahead: its plan and median time, and the ratio of 100,000 to 100.
 * A report, not a test: targets print MISS but never fail the run; the process exits non-zero
 * only on a correctness failure (an entry not run, a document published twice, an extra event).
 */
import type { Core } from '@strapi/strapi';
import os from 'os';
import globalSetup from '../tests/helpers/global-setup';
import { databaseKind } from '../tests/helpers/database';
import { startStrapi, stopStrapi, type TestApp } from '../tests/helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SCHEDULE = 'plugin::newsroom.schedule';
const LEAD_MS = 8000; // entries fall due this long after they are written
const FAR_AHEAD = [100, 100_000];
const DUE_QUERY_RUNS = 200;

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok && failures.length < 50) failures.push(message);
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n: number): string => `${Math.round(n)} ms`;
const sleep = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

interface Counters {
  publishes: Map<string, number>;
  events: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const createDrafts = async (strapi: Core.Strapi, count: number, tag: string): Promise<Array<{ documentId: string; locale: string }>> => {
  const docs: Array<{ documentId: string; locale: string }> = [];
  for (let i = 0; i < count; i += 25) {
    const chunk = await Promise.all(
      Array.from({ length: Math.min(25, count - i) }, (_, j) =>
        strapi.documents(ARTICLE).create({ data: { title: `Tin hẹn giờ ${tag} số ${i + j + 1}` } })
      )
    );
    docs.push(...chunk.map((doc) => ({ documentId: doc.documentId, locale: String(doc.locale) })));
  }
  return docs;
};

const scheduleRows = (docs: Array<{ documentId: string; locale: string }>, runAt: Date, status = 'scheduled') =>
  docs.map((doc) => ({
    contentType: ARTICLE,
    targetDocumentId: doc.documentId,
    targetLocale: doc.locale,
    action: 'publish',
    runAt,
    dueAt: runAt,
    timezone: 'Asia/Ho_Chi_Minh',
    status,
    attempts: 0,
    requestedAt: new Date(),
  }));

const insertRows = async (strapi: Core.Strapi, rows: Array<Record<string, unknown>>): Promise<void> => {
  for (let i = 0; i < rows.length; i += 500) {
    await strapi.db.query(SCHEDULE).createMany({ data: rows.slice(i, i + 500) });
  }
};

/** N entries due at one instant, run by the live scheduler. */
const burst = async (strapi: Core.Strapi, count: number, counters: Counters, tickSeconds: number) => {
  const docs = await createDrafts(strapi, count, String(count));
  const runAt = new Date(Date.now() + LEAD_MS);
  await insertRows(strapi, scheduleRows(docs, runAt));
  const ids = new Set(docs.map((d) => d.documentId));
  const deadline = runAt.getTime() + 600_000;
  for (;;) {
    const open = await strapi.db.query(SCHEDULE).count({
      where: { targetDocumentId: { $in: [...ids] }, status: { $in: ['scheduled', 'running'] } },
    });
    if (open === 0 || Date.now() > deadline) break;
    await sleep(100);
  }
  const entries = await strapi.db.query(SCHEDULE).findMany({ where: { targetDocumentId: { $in: [...ids] } } });
  const published = await strapi.db.query(ARTICLE).findMany({
    where: { documentId: { $in: [...ids] }, publishedAt: { $notNull: true } },
    select: ['documentId', 'publishedAt'],
  });
  const done = entries.filter((e) => e.status === 'done' && e.outcome === 'published');
  check(done.length === count, `${count}: ${done.length} entries done of ${count}`);
  const perDoc = new Map<string, number>();
  for (const row of published) bump(perDoc, row.documentId);
  check(perDoc.size === count, `${count}: ${perDoc.size} documents published of ${count}`);
  check([...perDoc.values()].every((n) => n === 1), `${count}: a document has two published rows`);
  check([...ids].every((id) => counters.publishes.get(id) === 1), `${count}: a document was published more than once`);
  check([...ids].every((id) => counters.events.get(id) === 1), `${count}: a publish fired more (or fewer) than one entry.publish event`);
  const runDelays = entries.map((e) => new Date(e.ranAt).getTime() - runAt.getTime());
  const pubDelays = published.map((row) => new Date(row.publishedAt).getTime() - runAt.getTime());
  check(pubDelays.every((d) => d >= 0), `${count}: a publishedAt before runAt`);
  const events = [...ids].reduce((sum, id) => sum + (counters.events.get(id) ?? 0), 0);
  const limit = (tickSeconds + 2) * 1000;
  return {
    count,
    all: Math.max(...runDelays),
    medianRun: median(runDelays),
    firstPublish: Math.min(...pubDelays),
    maxPublish: Math.max(...pubDelays),
    medianPublish: median(pubDelays),
    eventsPerPublish: events / count,
    target: count === 200 ? (Math.max(...pubDelays) <= limit ? 'PASS' : 'MISS') : '',
  };
};

/** The runner's due query, timed through the query engine, and its plan from the database. */
const dueQuery = async (strapi: Core.Strapi) => {
  const where = { status: { $in: ['scheduled', 'running'] }, dueAt: { $lte: new Date() } };
  const run = () => strapi.db.query(SCHEDULE).findMany({ where, select: ['id'], orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], limit: 50 });
  for (let i = 0; i < 20; i += 1) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < DUE_QUERY_RUNS; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const { tableName } = strapi.db.metadata.get(SCHEDULE);
  const sql = strapi.db
    .connection(tableName)
    .select('id')
    .whereIn('status', ['scheduled', 'running'])
    .where('due_at', '<=', new Date())
    .orderBy([{ column: 'due_at' }, { column: 'id' }])
    .limit(50)
    .toSQL();
  const client = strapi.db.dialect.client;
  const explain = client === 'sqlite' ? 'EXPLAIN QUERY PLAN' : client === 'postgres' ? 'EXPLAIN ANALYZE' : 'EXPLAIN';
  const raw = (await strapi.db.connection.raw(`${explain} ${sql.sql}`, sql.bindings as never)) as unknown;
  const rows = Array.isArray(raw) ? (Array.isArray(raw[0]) ? raw[0] : raw) : ((raw as { rows?: unknown[] }).rows ?? []);
  const plan = (rows as Array<Record<string, unknown>>).map((row) =>
    client === 'sqlite' ? String(row.detail) : client === 'postgres' ? String(row['QUERY PLAN']) : JSON.stringify(row)
  );
  return { median: median(times), plan };
};

const run = async (strapi: Core.Strapi, db: string): Promise<void> => {
  const { tickSeconds, batchSize } = strapi.config.get<{ tickSeconds: number; batchSize: number }>('plugin::newsroom.scheduling');
  const counters: Counters = { publishes: new Map(), events: new Map() };
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action === 'publish' && ctx.uid === ARTICLE) bump(counters.publishes, String((ctx.params as { documentId?: string }).documentId));
    return next();
  });
  strapi.eventHub.on('entry.publish', async (event: { model?: string; entry?: { documentId?: string } }) => {
    if (event.model === 'article') bump(counters.events, String(event.entry?.documentId));
  });

  console.log(`\nScheduling benchmark — ${db}, tick ${tickSeconds} s, batches of ${batchSize}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  const bursts = [];
  for (const count of [200, 1000]) bursts.push(await burst(strapi, count, counters, tickSeconds));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(14))).join('  ');
  console.log(line(['entries', 'all ran in', 'run median', 'first publish', 'publish median', 'publish max', 'events/publish', 'target']));
  for (const b of bursts) {
    console.log(line([String(b.count), ms(b.all), ms(b.medianRun), ms(b.firstPublish), ms(b.medianPublish), ms(b.maxPublish), b.eventsPerPublish.toFixed(2), b.target]));
  }
  console.log(`(delays from runAt; target for 200: max ≤ tick + 2 s = ${(tickSeconds + 2) * 1000} ms)\n`);

  // Far-future entries: only the due ones are read, however many wait. Measured with 100, then
  // 100,000, then 100 again (the extra rows deleted), so that drift on a shared machine shows.
  await strapi.plugin('newsroom').service('scheduler').stop(); // the due query alone, no passes
  const far = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const farRows = (prefix: string, count: number) =>
    scheduleRows(Array.from({ length: count }, (_, i) => ({ documentId: `${prefix}${i}`, locale: 'en' })), far);
  const analyze = async () => {
    if (db === 'postgres') await strapi.db.connection.raw('ANALYZE');
    if (db === 'mysql') await strapi.db.connection.raw(`ANALYZE TABLE ${strapi.db.metadata.get(SCHEDULE).tableName}`);
  };
  const results: Array<{ label: string; median: number; plan: string[] }> = [];
  await insertRows(strapi, farRows('far-a-', FAR_AHEAD[0]));
  await analyze();
  results.push({ label: FAR_AHEAD[0].toLocaleString('en'), ...(await dueQuery(strapi)) });
  await insertRows(strapi, farRows('far-b-', FAR_AHEAD[1] - FAR_AHEAD[0]));
  await analyze();
  results.push({ label: FAR_AHEAD[1].toLocaleString('en'), ...(await dueQuery(strapi)) });
  await strapi.db.query(SCHEDULE).deleteMany({ where: { targetDocumentId: { $startsWith: 'far-b-' } } });
  await analyze();
  results.push({ label: `${FAR_AHEAD[0].toLocaleString('en')} (again, the others deleted)`, ...(await dueQuery(strapi)) });
  for (const r of results) {
    console.log(`Due query, entries scheduled far ahead: ${r.label}: median ${r.median.toFixed(3)} ms over ${DUE_QUERY_RUNS} runs; plan:`);
    for (const p of r.plan) console.log(`    ${p}`);
  }
  const [few, many, fewAgain] = results.map((r) => r.median);
  const ratio = many / ((few + fewAgain) / 2);
  console.log(
    `\nRatio 100,000 ÷ 100 far-future entries: ${ratio.toFixed(2)}× (100 before and after: ${few.toFixed(3)} / ${fewAgain.toFixed(3)} ms; ` +
      'flat means the index keeps far-future entries out of the due query)'
  );
  check(results.every((r) => r.plan.some((p) => /newsroom_schedules_due/.test(p))), 'the due query does not use the newsroom_schedules_due index');
};

const main = async (): Promise<void> => {
  await globalSetup();
  const db = databaseKind();
  const app: TestApp = await startStrapi();
  try {
    await run(app.strapi, db);
  } finally {
    await stopStrapi(app);
  }
  if (failures.length > 0) {
    console.error(`\nCORRECTNESS FAILURES (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nCorrectness: every entry ran once, one publish and one entry.publish event per document, no second published row — OK');
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
