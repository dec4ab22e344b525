/**
 * Search benchmark (issue 8 §1, §4): a real Strapi (the playground with the plugin) on a temporary
 * database per database kind, 100,000 published Vietnamese articles, searched over HTTP with
 * supertest against `strapi.server.httpServer` (no port).
 *
 * Run: npm run bench:search                  (SQLite, PostgreSQL and MariaDB/MySQL; a server that
 *                                             cannot be reached is reported and skipped)
 *      DB=postgres npm run bench:search      (one database)
 *      BENCH_ARTICLES=20000 npm run bench:search
 *      DB=postgres BENCH_KEEP=1 npm run bench:search   (the database stays; its settings are printed)
 *      DB=postgres BENCH_REUSE='<those settings>' npm run bench:search   (measures again, no seeding)
 * Needs `npm run build` first (the playground loads the plugin's dist).
 *
 * 1. Seeds the articles fast, straight into the article table with knex (a draft and a published
 *    row per document, as Strapi stores them: ~300-word bodies in blocks, a lead, a title, from a
 *    Vietnamese vocabulary with a Zipf-like spread), then has the plugin index them the way an
 *    existing install is indexed at start-up (`search-index.catchUp()`), and times that.
 * 2. For each query: median and p95 of `GET /api/newsroom/articles/search` (20 results a page,
 *    snippets and highlights included), and of the same words through Strapi's `$containsi` on
 *    title or lead (`GET /api/newsroom/articles?filters[$or][…][$containsi]=…`), with the hits each
 *    finds (`$containsi` is accent-sensitive: `ha noi` finds nothing written `Hà Nội`).
 * 3. A publish with the index kept in its transaction: median time of updating and publishing an
 *    article at this size.
 * A report, not a test: the 50 ms target prints MISS but never fails the run; the process exits
 * non-zero only when an answer is wrong (a draft found, accents changing the hits, a total that
 * disagrees with the data).
 */
import type { Core } from '@strapi/strapi';
import os from 'os';
import { PUBLIC_READ_ACTIONS, grantRole } from '../playground/src/seed/permissions';
import globalSetup from '../tests/helpers/global-setup';
import type { DatabaseKind } from '../tests/helpers/database';
import { http } from '../tests/helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../tests/helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CONTAINS_RUNS = Number(process.env.BENCH_CONTAINS_RUNS ?? 7);
const PAGE_SIZE = 20;
const TARGET_MS = 50;

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok && failures.length < 50) failures.push(message);
};

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (rank - lo);
};
const median = (xs: number[]) => percentile(xs, 50);
const fmt = (n: number): string => (n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);

/** A small deterministic PRNG (mulberry32): the same corpus on every run and database. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// Everyday words and phrases first (the draw favours the start of the list), then less common ones.
const WORDS = (
  'của,và,là,có,không,được,những,người,một,trong,cho,đã,với,các,này,để,khi,năm,từ,đến,ngày,theo,' +
  'tại,trên,cũng,như,nhiều,sẽ,về,sau,đó,nhưng,thì,vào,ra,làm,mới,còn,đang,bị,hơn,nhà nước,Việt Nam,' +
  'chính phủ,thành phố,tỉnh,huyện,xã,người dân,tin tức,báo cáo,kinh tế,xã hội,giáo dục,y tế,văn hóa,' +
  'thể thao,du lịch,giao thông,nông nghiệp,công nghiệp,doanh nghiệp,thị trường,giá cả,tăng,giảm,mạnh,' +
  'cao,thấp,lớn,nhỏ,nhanh,chậm,sáng,chiều,tối,đêm,hôm qua,hôm nay,ngày mai,tuần,tháng,quý,đầu,cuối,' +
  'học sinh,sinh viên,giáo viên,bác sĩ,bệnh viện,trường học,đường phố,cây cầu,dòng sông,biển,núi,rừng,' +
  'mưa,nắng,bão,lũ lụt,hạn hán,nước sạch,điện,than,dầu khí,xăng,vàng,đô la,tiền đồng,ngân hàng,' +
  'lãi suất,chứng khoán,cổ phiếu,bất động sản,căn hộ,đất nền,dự án,đầu tư,vốn,nợ,thuế,xuất khẩu,' +
  'nhập khẩu,hàng hóa,gạo,giá cà phê,hồ tiêu,cao su,hạt điều,thủy sản,tôm,cá,trái cây,sầu riêng,' +
  'thanh long,vải thiều,bóng đá,đội tuyển,cầu thủ,huấn luyện viên,trận đấu,bàn thắng,giải vô địch,' +
  'sân vận động,khán giả,công an,điều tra,vụ án,tòa án,xét xử,bị cáo,luật sư,phạt tù,quyết định,' +
  'nghị định,thông tư,quốc hội,đại biểu,bộ trưởng,thủ tướng,chủ tịch,ủy ban nhân dân,hội nghị,' +
  'cuộc họp,kế hoạch,chương trình,phát triển bền vững,môi trường,biến đổi khí hậu,rác thải,ô nhiễm,' +
  'không khí,cây xanh,công nghệ,điện thoại,máy tính,mạng internet,trí tuệ nhân tạo,dữ liệu,an ninh mạng,' +
  'ứng dụng,lễ hội,tết nguyên đán,trung thu,ngôi chùa,đình làng,làng nghề,truyền thống,ẩm thực,phở,' +
  'bún chả,bánh mì,ông bà,anh chị em,con cháu,gia đình,bạn bè,hàng xóm,cộng đồng,tình nguyện,giúp đỡ,ủng hộ'
).split(',');
const PLACES = [
  'Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum',
  'Lâm Đồng', 'Khánh Hòa', 'Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Nghệ An', 'Hà Tĩnh',
  'Thanh Hóa', 'Ninh Bình', 'Quảng Ninh', 'Lào Cai', 'Sơn La', 'Điện Biên', 'Cà Mau', 'Bạc Liêu',
  'Sóc Trăng', 'An Giang', 'Kiên Giang', 'Đồng Tháp', 'Bến Tre', 'Tiền Giang', 'Vĩnh Long',
];
const RARE = ['Krông Búk', 'Ea Súp', 'Mường Nhé', 'Cù Lao Chàm', 'Bù Gia Mập'];

const corpus = (seed: number) => {
  const next = random(seed);
  // Zipf-like: index ~ n * u^3 favours the first words strongly; places less so (Hà Nội is in about a fifth of the articles).
  const word = () => WORDS[Math.floor(WORDS.length * next() ** 3)];
  const place = () => PLACES[Math.floor(PLACES.length * next() ** 1.3)];
  const sentence = (length: number) => {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(next() < 0.012 ? place() : word());
    const text = parts.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  return (n: number) => {
    const title = sentence(8 + Math.floor(next() * 6)).slice(0, -1);
    const lead = [sentence(14 + Math.floor(next() * 8)), sentence(10 + Math.floor(next() * 8))].join(' ');
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 3) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 2) }, () => sentence(12 + Math.floor(next() * 10))).join(' ')
    );
    // One article in 2,000 mentions a rare place.
    if (n % 2000 === 7) paragraphs[1] += ` Tin từ ${RARE[(n / 2000) % RARE.length | 0]}.`;
    return { title: `${title} (${n})`, lead, body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) };
  };
};

const documentId = (n: number) => `bench${n.toString(36).padStart(19, '0')}`;

/** Straight into the article table: a draft and a published row per document, 500 documents a statement. */
const seed = async (strapi: Core.Strapi, total: number, locale: string): Promise<void> => {
  const meta = strapi.db.metadata.get(ARTICLE);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const knex = strapi.db.connection;
  const make = corpus(42);
  const start = Date.UTC(2024, 0, 1);
  const BATCH = strapi.db.dialect.client === 'sqlite' ? 200 : 500;
  for (let from = 0; from < total; from += BATCH) {
    const rows: Array<Record<string, unknown>> = [];
    for (let n = from; n < Math.min(total, from + BATCH); n++) {
      const { title, lead, body } = make(n);
      const published = new Date(start + n * 5 * 60 * 1000); // one article every five minutes
      const base = {
        [column('documentId')]: documentId(n),
        [column('title')]: title,
        [column('slug')]: `bai-${n}`,
        [column('lead')]: lead,
        [column('body')]: JSON.stringify(body),
        [column('locale')]: locale,
        [column('commentsEnabled')]: true,
        [column('commentCount')]: 0,
        [column('slugManual')]: false,
        [column('originalPublishedAt')]: published,
        [column('createdAt')]: published,
        [column('updatedAt')]: published,
      };
      rows.push({ ...base, [column('publishedAt')]: null }, { ...base, [column('publishedAt')]: published });
    }
    await knex(meta.tableName).insert(rows);
  }
};

interface Query {
  label: string;
  q: string;
  /** Words for `$containsi` (what a naive search box sends): the query as typed. */
  contains: string;
}

const QUERIES: Query[] = [
  { label: 'two short words, no accents', q: 'ha noi', contains: 'ha noi' },
  { label: 'same, with accents', q: 'Hà Nội', contains: 'Hà Nội' },
  { label: 'place, no accents', q: 'dak lak', contains: 'dak lak' },
  { label: 'phrase', q: '"giá cà phê"', contains: 'giá cà phê' },
  { label: 'three words', q: 'bóng đá việt nam', contains: 'bóng đá việt nam' },
  { label: 'rare place', q: 'krong buk', contains: 'Krông Búk' },
  { label: 'very common word', q: 'nguoi', contains: 'người' },
  { label: 'nothing found', q: 'xylophone', contains: 'xylophone' },
];

interface Row {
  label: string;
  q: string;
  hits: number;
  capped: boolean;
  median: number;
  p95: number;
  containsHits: number;
  containsMedian: number;
  containsP95: number;
}

const timed = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
  const t0 = process.hrtime.bigint();
  const value = await run();
  return [Number(process.hrtime.bigint() - t0) / 1e6, value];
};

const benchDatabase = async (kind: DatabaseKind): Promise<void> => {
  process.env.DB = kind;
  let app: TestApp | undefined;
  // BENCH_REUSE: the `kept:` line of an earlier BENCH_KEEP run, to measure again without seeding.
  const reuse = process.env.BENCH_REUSE ? (JSON.parse(process.env.BENCH_REUSE) as Record<string, string>) : undefined;
  try {
    app = await startStrapi(reuse ? { db: { kind, env: reuse, drop: async () => undefined } } : {});
  } catch (error) {
    console.log(`\n${kind}: skipped, Strapi could not start on it (${(error as Error).message.split('\n')[0]})`);
    return;
  }
  const strapi = app.strapi;
  try {
    await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
    const locale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
    const [seedMs] = reuse ? [0] : await timed(() => seed(strapi, ARTICLES, locale));
    const index = strapi.plugin('newsroom').service('search-index');
    // Reusing a database: the plugin's start-up catch-up may be re-indexing it (rules changed); wait for it.
    const [indexMs, counts] = await timed(async () => {
      await index.ready();
      return index.catchUp() as Promise<{ indexed: number }>;
    });
    if (!reuse) check(counts.indexed === ARTICLES, `${kind}: indexed ${counts.indexed} rows, expected ${ARTICLES}`);
    const backend = (index.backend() as { name: string }).name;

    const search = (q: string) => http(strapi).get('/api/newsroom/articles/search').query({ q, pageSize: PAGE_SIZE });
    const contains = (q: string) =>
      http(strapi).get('/api/newsroom/articles').query({
        'filters[$or][0][title][$containsi]': q,
        'filters[$or][1][lead][$containsi]': q,
        'pagination[pageSize]': PAGE_SIZE,
        'fields[0]': 'title',
      });

    const rows: Row[] = [];
    for (const query of QUERIES) {
      for (let i = 0; i < 3; i++) await search(query.q); // warm-up
      const times: number[] = [];
      let hits = 0;
      let capped = false;
      for (let i = 0; i < RUNS; i++) {
        const [t, res] = await timed(() => search(query.q));
        check(res.status === 200, `${kind} ${query.q}: status ${res.status}`);
        times.push(t);
        hits = res.body?.meta?.pagination?.total ?? -1;
        capped = res.body?.meta?.totalCapped === true;
      }
      const containsTimes: number[] = [];
      let containsHits = 0;
      for (let i = 0; i < CONTAINS_RUNS + 1; i++) {
        const [t, res] = await timed(() => contains(query.contains));
        check(res.status === 200, `${kind} $containsi ${query.contains}: status ${res.status}`);
        if (i > 0) containsTimes.push(t); // the first is a warm-up
        containsHits = res.body?.meta?.pagination?.total ?? -1;
      }
      rows.push({
        label: query.label,
        q: query.q,
        hits,
        capped,
        median: median(times),
        p95: percentile(times, 95),
        containsHits,
        containsMedian: median(containsTimes),
        containsP95: percentile(containsTimes, 95),
      });
    }

    // Correctness: accents never change the hits; a draft is never found; totals agree with the data.
    const byQ = new Map(rows.map((row) => [row.q, row]));
    check(byQ.get('ha noi')?.hits === byQ.get('Hà Nội')?.hits, `${kind}: "ha noi" and "Hà Nội" found different totals`);
    check((byQ.get('ha noi')?.hits ?? 0) > 0, `${kind}: "ha noi" found nothing`);
    check(byQ.get('xylophone')?.hits === 0, `${kind}: "xylophone" found something`);
    const rare = ARTICLES > 7 ? Math.ceil((ARTICLES - 7) / 2000 / RARE.length) : 0;
    const rareHits = byQ.get('krong buk')?.hits ?? -1;
    check(rareHits >= rare - 1 && rareHits <= rare + 1, `${kind}: "krong buk" found ${rareHits}, about ${rare} expected`);
    const draftId = await strapi.db.query(ARTICLE).findOne({ where: { publishedAt: null }, select: ['id'] });
    const page = await search('ha noi');
    check(!(page.body.data as Array<{ documentId: string }>).some((hit) => hit.documentId === draftId?.documentId), `${kind}: a draft was found`);

    // A publish at this size, with the index kept in the same transaction.
    const publishTimes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const id = documentId(1000 + i * 37);
      const [t] = await timed(async () => {
        await strapi.documents(ARTICLE).update({ documentId: id, locale, data: { title: `Tin sửa lại ở Phước Sơn ${i}` } } as never);
        await strapi.documents(ARTICLE).publish({ documentId: id, locale } as never);
      });
      publishTimes.push(t);
    }
    const edited = await search('"tin sua lai o phuoc son"');
    check(edited.body.meta?.pagination?.total === 15, `${kind}: 15 edited articles expected by the new title, found ${edited.body.meta?.pagination?.total}`);

    const load = os.loadavg().map((n) => n.toFixed(2)).join(' ');
    console.log(`\nSearch benchmark — ${kind} (${backend}), ${ARTICLES.toLocaleString('en')} published articles, Node ${process.version}, ${os.cpus().length} CPUs, load ${load}`);
    console.log(`seeded in ${(seedMs / 1000).toFixed(1)} s; indexed by the plugin in ${(indexMs / 1000).toFixed(1)} s (${Math.round(ARTICLES / (indexMs / 1000))} articles/s)`);
    console.log(`update + publish of one article, index kept in its transaction: median ${fmt(median(publishTimes))}`);
    const widths = [28, 20, 9, 10, 10, 8, 10, 10, 7];
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(['query', 'q', 'hits', 'median', 'p95', 'target', '$containsi', 'p95', 'hits']));
    for (const r of rows) {
      console.log(
        line([
          r.label,
          r.q,
          `${r.hits}${r.capped ? '+' : ''}`,
          fmt(r.median),
          fmt(r.p95),
          r.median < TARGET_MS ? 'ok' : 'MISS',
          fmt(r.containsMedian),
          fmt(r.containsP95),
          String(r.containsHits),
        ])
      );
    }
    const all = rows.map((r) => r.median);
    console.log(`median of the medians: ${fmt(median(all))}; slowest median: ${fmt(Math.max(...all))} (target: under ${TARGET_MS} ms)`);
  } finally {
    if (process.env.BENCH_KEEP || reuse) {
      // For profiling: the database stays (its settings printed), Strapi stops.
      console.log(`kept: ${JSON.stringify(app.db.env)}`);
      await app.strapi.destroy();
    } else await stopStrapi(app);
  }
};

const main = async () => {
  await globalSetup();
  const kinds: DatabaseKind[] = process.env.DB ? [process.env.DB as DatabaseKind] : ['sqlite', 'postgres', 'mysql'];
  for (const kind of kinds) await benchDatabase(kind);
  if (failures.length) {
    console.log(`\n${failures.length} correctness failure(s):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
