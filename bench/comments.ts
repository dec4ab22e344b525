/**
 * Comment benchmark (issue 6 §8): a real Strapi (the playground with the plugin) on a temporary
 * database, driven over HTTP with supertest against `strapi.server.httpServer` (no port).
 *
 * Run: npm run bench:comments            (SQLite)
 *      DB=postgres npm run bench:comments (or DB=mysql)
 * Needs `npm run build` first (the playground loads the plugin's dist).
 *
 * One interleaved run: every round measures each pair A/B back to back, alternating which goes
 * first. A ratio is the median over the rounds of that round's A ÷ B (paired, so drift on a shared
 * machine hits both sides alike); the req/s shown are the medians of each side.
 * A report, not a test: speed targets print MISS but never fail the run; the process exits
 * non-zero only when an answer or the stored data is wrong (a correctness failure).
 */
import type { Core } from '@strapi/strapi';
import os from 'os';
import globalSetup from '../tests/helpers/global-setup';
import { databaseKind } from '../tests/helpers/database';
import { bearer, http } from '../tests/helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../tests/helpers/strapi';
import { createApiToken } from '../tests/helpers/tokens';
import { PUBLIC_COMMENT_ACTIONS, PUBLIC_READ_ACTIONS, grantRole } from '../playground/src/seed/permissions';

const ARTICLE = 'plugin::newsroom.article';
const COMMENT = 'plugin::newsroom.comment';
const TOPIC = 'api::topic.topic';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const READS_PER_ROUND = Number(process.env.BENCH_READS ?? 50);
const WRITES_PER_ROUND = Number(process.env.BENCH_WRITES ?? 30);
const FULL_THREADS_PER_ROUND = 3;
const CONCURRENCY = 4;
const ARTICLES = 20;
const BIG_THREAD = 1000;
const REPLY_SHARE = 0.3;

// Every field of an article but commentCount (the list read "without" it).
const FIELDS_WITHOUT_COUNT = [
  'title', 'slug', 'lead', 'body', 'coverCaption', 'sourceCredit', 'commentsEnabled', 'bylineText',
  'originalPublishedAt', 'createdAt', 'updatedAt', 'publishedAt', 'locale',
];
const LIST_WITHOUT_COUNT = `/api/newsroom/articles?${FIELDS_WITHOUT_COUNT.map((f, i) => `fields[${i}]=${f}`).join('&')}`;

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok && failures.length < 50) failures.push(message);
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A small deterministic PRNG (mulberry32): the same thread shape on every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Article {
  documentId: string;
  locale: string | null;
}

interface ThreadNode {
  id: number;
  replies: ThreadNode[];
  replyCount: number;
}

const countNodes = (nodes: ThreadNode[]): number => nodes.reduce((sum, node) => sum + 1 + countNodes(node.replies), 0);

/**
 * `total` approved comments on an article, straight into the table (fast): 70 % top-level, 30 %
 * replies, nested (replies to comments and to replies, up to depth 2 of the default 3 levels),
 * with parentId/rootId/depth as the plugin stores them and each reply newer than its parent.
 */
const seedThread = async (strapi: Core.Strapi, article: Article, total: number, seed: number): Promise<void> => {
  const rand = random(seed);
  const comments = strapi.db.query(COMMENT);
  const replies = Math.round(total * REPLY_SHARE);
  const roots = total - replies;
  const start = Date.UTC(2025, 0, 1);
  const base = (i: number, extra: Record<string, unknown>) => ({
    articleDocumentId: article.documentId,
    articleLocale: article.locale,
    authorName: `Bạn đọc ${i}`,
    authorEmail: `ban.doc.${seed}.${i}@example.vn`,
    content: `Ý kiến số ${i}: bài viết rất hữu ích, mong toà soạn tiếp tục theo dõi vấn đề này.`,
    status: 'approved',
    isStaff: false,
    reportCount: 0,
    ...extra,
  });
  const insert = async (rows: Array<Record<string, unknown>>) => {
    for (let i = 0; i < rows.length; i += 100) await comments.createMany({ data: rows.slice(i, i + 100) });
  };
  await insert(
    Array.from({ length: roots }, (_, i) => {
      const at = new Date(start + i * 60_000);
      return base(i, { parentId: null, rootId: null, depth: 0, createdAt: at, updatedAt: at, approvedAt: at });
    })
  );
  type Stored = { id: number; rootId: number | null; depth: number; createdAt: string | Date };
  const stored = async (depth: number): Promise<Stored[]> =>
    comments.findMany({
      select: ['id', 'rootId', 'depth', 'createdAt'],
      where: { articleDocumentId: article.documentId, articleLocale: article.locale, depth },
      orderBy: { id: 'asc' },
    });
  // Six in ten replies answer a top-level comment, the rest answer one of those replies.
  const levelOne = Math.round(replies * 0.6);
  let made = roots;
  for (const [depth, count] of [[1, levelOne], [2, replies - levelOne]] as const) {
    const parents = await stored(depth - 1);
    await insert(
      Array.from({ length: count }, () => {
        const parent = parents[Math.floor(rand() * parents.length)];
        const at = new Date(new Date(parent.createdAt).getTime() + 1000 + Math.floor(rand() * 50_000));
        made += 1;
        return base(made, { parentId: parent.id, rootId: parent.rootId ?? parent.id, depth, createdAt: at, updatedAt: at, approvedAt: at });
      })
    );
  }
  await strapi.plugin('newsroom').service('comment-count').recount([article]);
};

/**
 * Runs `count` requests, `CONCURRENCY` at a time; returns requests per second (wall clock) and
 * pushes this process's CPU milliseconds per request to `cpu` (client and server share the
 * process; with SQLite the database too). CPU time does not move with other load on the machine.
 */
const throughput = async (count: number, request: (k: number) => Promise<void>, cpu: number[]): Promise<number> => {
  let next = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await request(next++);
    })
  );
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000 / count);
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
};

let loadAtStart = '';

const main = async (): Promise<void> => {
  loadAtStart = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  await globalSetup();
  process.env.SERVER_PROXY = 'true'; // Koa trusts X-Forwarded-For: one reader address per submission
  let app: TestApp | undefined;
  try {
    app = await startStrapi();
  } finally {
    delete process.env.SERVER_PROXY;
  }
  const { strapi } = app;
  try {
    await run(strapi);
  } finally {
    await stopStrapi(app);
  }
};

const run = async (strapi: Core.Strapi): Promise<void> => {
  const config = strapi.config.get<{ floodIntervalSeconds: number }>('plugin::newsroom.comments');
  check(config.floodIntervalSeconds > 0, 'the flood rule must be on for the submission benchmark');
  await grantRole(strapi, 'public', [...PUBLIC_READ_ACTIONS, ...PUBLIC_COMMENT_ACTIONS]);
  const token = await createApiToken(strapi, 'full-access');

  // --- Fixtures: 20 published articles; three carry threads of 1,000, 100 and 10 comments.
  const articles: Article[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const doc = await strapi.documents(ARTICLE).create({
      data: { title: `Bài số ${i + 1}: giá cà phê và đời sống nông dân Đắk Nguyên`, lead: 'Tóm tắt bài viết dùng cho đo hiệu năng.' },
      status: 'published',
    } as never);
    articles.push({ documentId: doc.documentId, locale: doc.locale ?? null });
  }
  const [big, medium, small, target] = articles;
  const seedStart = Date.now();
  await seedThread(strapi, big, BIG_THREAD, 1);
  await seedThread(strapi, medium, 100, 2);
  await seedThread(strapi, small, 10, 3);
  const seedMs = Date.now() - seedStart;
  const approvedOnBig = await strapi.db.query(COMMENT).count({ where: { articleDocumentId: big.documentId, status: 'approved' } });
  check(approvedOnBig === BIG_THREAD, `seeded ${approvedOnBig} approved comments, expected ${BIG_THREAD}`);

  const threadUrl = (a: Article, pageSize = 20) => `/api/newsroom/articles/${a.documentId}/comments?pageSize=${pageSize}`;

  // --- Request helpers, each checking its answer.
  const threadPage = async () => {
    const res = await http(strapi).get(threadUrl(big));
    check(res.status === 200, `thread page: ${res.status}`);
    check(res.body?.data?.length === 20, `thread page: ${res.body?.data?.length} top-level comments, expected 20`);
  };
  const articleList = async (url = '/api/newsroom/articles', withCount = true) => {
    const res = await http(strapi).get(url);
    check(res.status === 200, `article list ${url}: ${res.status}`);
    const data: Array<Record<string, unknown>> = res.body?.data ?? [];
    check(data.length === ARTICLES, `article list: ${data.length} articles, expected ${ARTICLES}`);
    const first = data.find((a) => a.documentId === big.documentId);
    if (withCount) check(first?.commentCount === BIG_THREAD, `article list: commentCount ${String(first?.commentCount)}, expected ${BIG_THREAD}`);
    else check(first !== undefined && !('commentCount' in first), 'article list without commentCount still has it');
  };
  const fullThread = async (): Promise<number> => {
    const started = process.hrtime.bigint();
    const res = await http(strapi).get(threadUrl(big, 1000));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    check(res.status === 200, `whole thread: ${res.status}`);
    const nodes = countNodes(res.body?.data ?? []);
    check(nodes === BIG_THREAD, `whole thread: ${nodes} comments in the tree, expected ${BIG_THREAD}`);
    return ms;
  };
  let submitted = 0;
  const acceptedIds: number[] = [];
  const submit = async () => {
    const n = (submitted += 1);
    const res = await http(strapi)
      .post(`/api/newsroom/articles/${target.documentId}/comments`)
      .set('X-Forwarded-For', `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`)
      .send({ data: { authorName: `Độc giả ${n}`, authorEmail: `doc.gia.${n}@example.vn`, content: `Góp ý số ${n}: cần thêm số liệu về giá phân bón năm nay.` } });
    check(res.status === 201, `submission ${n}: ${res.status} ${JSON.stringify(res.body?.error ?? '')}`);
    if (res.status === 201) acceptedIds.push(res.body.data.id);
  };
  let topics = 0;
  const createTopic = async () => {
    const n = (topics += 1);
    const res = await http(strapi).post('/api/topics').set(bearer(token)).send({ data: { name: `Chủ đề ${n}` } });
    check(res.status === 201, `topic ${n}: ${res.status}`);
  };

  // --- (b) SQL queries per request, counted on knex's `query` event, one request at a time.
  let queries = 0;
  const trace = process.env.BENCH_TRACE === '1';
  strapi.db.connection.on('query', (q: { sql: string }) => {
    queries += 1;
    if (trace) console.log(`  [sql] ${q.sql.slice(0, 300)}`);
  });
  const queriesOf = async (request: () => Promise<unknown>): Promise<number> => {
    const before = queries;
    await request();
    return queries - before;
  };
  const perThread: Array<[string, number]> = [];
  for (const [label, a] of [['10', small], ['100', medium], ['1,000', big]] as const) {
    await http(strapi).get(threadUrl(a)); // warm caches (permissions, metadata)
    perThread.push([label, await queriesOf(() => http(strapi).get(threadUrl(a)))]);
  }
  const wholeThreadQueries = await queriesOf(() => http(strapi).get(threadUrl(big, 1000)));
  const listQueries = await queriesOf(() => http(strapi).get('/api/newsroom/articles'));

  // --- Warm-up (JIT, pools, caches), not measured; then reset the write counters' checks.
  for (let i = 0; i < 20; i++) {
    await threadPage();
    await articleList();
    await articleList(LIST_WITHOUT_COUNT, false);
  }
  await fullThread();
  for (let i = 0; i < 5; i++) {
    await submit();
    await createTopic();
  }
  const submitQueries = await queriesOf(submit);
  const topicQueries = await queriesOf(createTopic);

  // --- The interleaved run.
  const samples = {
    thread: [] as number[],
    list: [] as number[],
    full: [] as number[],
    submit: [] as number[],
    topic: [] as number[],
    withCount: [] as number[],
    withoutCount: [] as number[],
  };
  const cpu = {
    thread: [] as number[],
    list: [] as number[],
    submit: [] as number[],
    topic: [] as number[],
    withCount: [] as number[],
    withoutCount: [] as number[],
  };
  const pair = async (round: number, a: () => Promise<void>, b: () => Promise<void>) => {
    if (round % 2 === 0) {
      await a();
      await b();
    } else {
      await b();
      await a();
    }
  };
  for (let round = 0; round < ROUNDS; round++) {
    await pair(
      round,
      async () => void samples.thread.push(await throughput(READS_PER_ROUND, threadPage, cpu.thread)),
      async () => void samples.list.push(await throughput(READS_PER_ROUND, () => articleList(), cpu.list))
    );
    for (let i = 0; i < FULL_THREADS_PER_ROUND; i++) samples.full.push(await fullThread());
    await pair(
      round,
      async () => void samples.submit.push(await throughput(WRITES_PER_ROUND, submit, cpu.submit)),
      async () => void samples.topic.push(await throughput(WRITES_PER_ROUND, createTopic, cpu.topic))
    );
    await pair(
      round,
      async () => void samples.withCount.push(await throughput(READS_PER_ROUND, () => articleList(), cpu.withCount)),
      async () => void samples.withoutCount.push(await throughput(READS_PER_ROUND, () => articleList(LIST_WITHOUT_COUNT, false), cpu.withoutCount))
    );
  }

  // --- Every accepted submission is stored (pending: no rule approves it), and every topic.
  const storedIds = new Set<number>(
    (
      await strapi.db.query(COMMENT).findMany({ select: ['id'], where: { articleDocumentId: target.documentId, status: 'pending' } })
    ).map((row: { id: number }) => row.id)
  );
  check(acceptedIds.length === submitted, `${submitted - acceptedIds.length} of ${submitted} submissions were refused`);
  check(storedIds.size === acceptedIds.length, `${storedIds.size} comments stored for ${acceptedIds.length} accepted submissions`);
  const missing = acceptedIds.filter((id) => !storedIds.has(id));
  check(missing.length === 0, `${missing.length} accepted submissions are not stored (ids ${missing.slice(0, 5).join(', ')}…)`);
  const topicRows = await strapi.db.query(TOPIC).count();
  check(topicRows === topics, `${topicRows} topics stored for ${topics} creates`);

  // --- Report.
  const fullMedian = median(samples.full);
  const fullMax = Math.max(...samples.full);
  const constant = perThread.every(([, n]) => n === perThread[0][1]);
  const num = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]);
  type Row = { label: string; a: string; b: string; ratio: string; target: string; result: string; spread?: string; cpu?: string };
  const rows: Row[] = [];
  const ratioRow = (label: string, a: number[], b: number[], cpuA: number[], cpuB: number[], target: number) => {
    const r = ratios(a, b);
    const ratio = median(r);
    rows.push({
      label,
      a: `${num(median(a))} req/s`,
      b: `${num(median(b))} req/s`,
      ratio: `${ratio.toFixed(2)}×`,
      target: `≥ ${target}×`,
      result: ratio >= target ? 'PASS' : 'MISS',
      spread: `${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}`,
      // Requests per CPU-second, A ÷ B: B's CPU per request ÷ A's.
      cpu: `${median(ratios(cpuB, cpuA)).toFixed(2)}×`,
    });
  };
  ratioRow('(a) thread page ÷ article list (20)', samples.thread, samples.list, cpu.thread, cpu.list, 0.8);
  rows.push({
    label: '(b) SQL queries per thread page',
    a: perThread.map(([label, n]) => `${label}: ${n}`).join(', '),
    b: `list: ${listQueries}`,
    ratio: constant ? 'constant' : 'varies',
    target: 'constant',
    result: constant ? 'PASS' : 'MISS',
  });
  rows.push({
    label: '(c) whole 1,000-comment thread',
    a: `median ${num(fullMedian, 1)} ms`,
    b: `max ${num(fullMax, 1)} ms`,
    ratio: '',
    target: '< 300 ms',
    result: fullMedian < 300 ? (fullMax < 300 ? 'PASS' : 'PASS*') : 'MISS',
  });
  ratioRow('(d) submission ÷ plain create', samples.submit, samples.topic, cpu.submit, cpu.topic, 0.8);
  ratioRow('(e) list with ÷ without commentCount', samples.withCount, samples.withoutCount, cpu.withCount, cpu.withoutCount, 0.9);

  const db = databaseKind();
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`\nComment benchmark — ${db}, Node ${process.version}, ${os.cpus().length} CPUs, load average at start ${loadAtStart}, at end ${load}`);
  console.log(
    `Fixtures: ${ARTICLES} published articles; threads of ${num(BIG_THREAD)}, 100 and 10 approved comments (${REPLY_SHARE * 100} % replies, nested to depth 2), seeded in ${num(seedMs)} ms`
  );
  console.log(
    `${ROUNDS} interleaved rounds (A/B order alternating), concurrency ${CONCURRENCY}; per round ${READS_PER_ROUND} requests per read measure, ` +
      `${WRITES_PER_ROUND} per write measure, ${FULL_THREADS_PER_ROUND} whole-thread reads\n`
  );
  const widths = [38, 26, 16, 9, 9, 6, 11, 7];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(['measure', 'A', 'B', 'ratio', 'target', '', 'rounds', 'by CPU']));
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 2, -2)));
  for (const r of rows) console.log(line([r.label, r.a, r.b, r.ratio, r.target, r.result, r.spread ?? '', r.cpu ?? '']));
  console.log(
    [
      '',
      'ratio  = median over the rounds of that round\'s A ÷ B (wall clock); A, B = median req/s of each side.',
      'rounds = the lowest and highest of those per-round ratios (the spread shows how noisy the machine was).',
      `by CPU = the same ratio in requests per CPU-second of this process (client, server${db === 'sqlite' ? ' and SQLite' : `; ${db} runs elsewhere, not counted`}).`,
      fullMax >= 300 ? 'PASS*  = the median is under the target, the slowest request was not.' : '',
    ]
      .filter((text, i) => i === 0 || text)
      .join('\n')
  );
  console.log(
    `\nSQL queries per request: thread page ${perThread[perThread.length - 1][1]}; whole thread (pageSize=1000) ${wholeThreadQueries}; ` +
      `article list ${listQueries}; submission ${submitQueries}; plain create (POST /api/topics) ${topicQueries}`
  );
  console.log(`Stored: ${acceptedIds.length}/${submitted} accepted submissions found in the table (pending); ${topicRows}/${topics} topics`);

  if (failures.length > 0) {
    console.error(`\nCORRECTNESS FAILURES (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nCorrectness: every answer checked and every accepted submission stored — OK');
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
