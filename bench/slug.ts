/**
 * Speed and correctness report for toSlug vs the two slug libraries the plugin could use.
 * Run: node -r esbuild-register bench/slug.ts   (a report, not a test: always exits 0)
 */
import { toSlug } from '../server/src/slugs/to-slug';
import slugify = require('slugify');
import sindresorhusSlugify = require('@sindresorhus/slugify');

/** The spec, written the obvious way; toSlug must match it on every corpus line. */
function reference(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Original headlines, varied below into a ~200-line corpus.
const BASES = [
  'Đắk Lắk: Mùa cà phê bội thu, giá tăng kỷ lục',
  'Hà Nội mưa lớn, nhiều tuyến phố ngập sâu chiều thứ Hai',
  'Giá xăng giảm 1.500 đồng/lít từ 15h chiều nay',
  'TP.HCM khởi công tuyến metro số 2 vào ngày 18/9',
  'Lãi suất tiết kiệm tăng 0,5% – ngân hàng nào trả cao nhất?',
  '"Cơn sốt" đất nền ở Quảng Ninh: Chuyên gia cảnh báo',
  'Điện thoại iPhone 16 về Việt Nam, giá từ 22.990.000₫',
  'Đội tuyển Việt Nam thắng Thái Lan 3–2 sau hiệp phụ',
  'Xuất khẩu thủy sản giai đoạn 2015-2020 tăng trưởng mạnh',
  'Ngư dân Quảng Ngãi trúng đậm cá ngừ sau bão số 3',
  '«Phở Hà Nội» lọt top món ăn ngon nhất châu Á',
  'TikTok, Zalo hay Facebook — ứng dụng nào được dùng nhiều nhất?',
  'Hỏi & đáp: Quyết toán thuế thu nhập cá nhân năm 2025',
  'Bà Rịa – Vũng Tàu khánh thành cầu mới nối hai huyện',
  "Người dân 'đổ xô' đi mua vàng ngày vía Thần Tài",
  'Nghệ An: Lũ quét cuốn trôi cầu tạm ở huyện miền núi',
  'Huế rực rỡ đêm khai mạc Festival nghệ thuật 🎉',
  'Thanh Hoá đề xuất xây sân bay thứ hai',
  'Sức khoẻ: 5 thói quen buổi sáng giúp ngủ ngon hơn',
  'Thuỷ điện Hoà Bình xả lũ, hạ du cần chú ý',
  'Học sinh lớp 12 đạt huy chương vàng Olympic Toán quốc tế',
  'VinFast bàn giao lô xe điện đầu tiên tại Ấn Độ',
  'Giá lúa gạo miền Tây tăng nhẹ, nông dân phấn khởi',
  'Cần Thơ: Chợ nổi Cái Răng đón hơn 10.000 lượt khách dịp lễ',
  'Bão số 4 đổ bộ, miền Trung sơ tán hàng nghìn hộ dân',
  'Sầu riêng xuất khẩu đạt 3,2 tỷ USD trong 9 tháng',
  'Đà Lạt se lạnh, du khách săn mây trên đồi chè',
  'Ứng dụng AI vào chẩn đoán hình ảnh tại bệnh viện tuyến tỉnh',
  'Cao tốc Bắc – Nam đoạn qua Quảng Trị thông xe kỹ thuật',
  'Giá vàng SJC lập đỉnh mới: 92 triệu đồng/lượng',
  'Tuyển sinh đại học 2025: Điểm chuẩn dự kiến tăng',
  'Phú Quốc đón chuyến bay quốc tế thứ 1.000 trong năm',
  'Hải Phòng: Cảng Lạch Huyện mở rộng bến số 5 và 6',
  'Khám phá ẩm thực đường phố Sài Gòn về đêm',
  'Ông Nguyễn Văn Hùng được bổ nhiệm Giám đốc Sở Y tế',
  'Bóng chuyền nữ Việt Nam vào chung kết giải châu Á!',
  'Thời tiết cuối tuần: Bắc Bộ nắng đẹp, Nam Bộ mưa rào',
  'Doanh nghiệp nhỏ xoay xở thế nào khi chi phí logistics tăng?',
  'Mùa nước nổi ở An Giang: Cá linh non về chợ',
  'Hội An lung linh đêm rằm tháng Giêng…',
];
const PREFIXES = ['', 'Video: ', 'Trực tiếp: ', '[Ảnh] ', 'Nóng:\u00a0'];
const SUFFIXES = ['', ' (cập nhật 15h30)', ' | Tin nhanh 24/7', ' – Kỳ 2', ' 🔥'];

/** 200 lines; every 7th decomposed (NFD), as pasted from some macOS apps. */
const CORPUS = Array.from({ length: 200 }, (_, i) => {
  const line = PREFIXES[Math.floor(i / BASES.length) % PREFIXES.length] + BASES[i % BASES.length] + SUFFIXES[i % SUFFIXES.length];
  return i % 7 === 3 ? line.normalize('NFD') : line;
});
const EXPECTED = CORPUS.map(reference);

type Candidate = { name: string; fn: (s: string) => string };
const CANDIDATES: Candidate[] = [
  { name: 'toSlug', fn: toSlug },
  { name: "slugify {locale:'vi',lower}", fn: (s) => slugify(s, { locale: 'vi', lower: true }) },
  {
    name: '@sindresorhus/slugify (plugin opts)',
    fn: (s) => sindresorhusSlugify(s, { decamelize: false, customReplacements: [['&', ' ']] }),
  },
  { name: '@sindresorhus/slugify (defaults)', fn: (s) => sindresorhusSlugify(s) },
];

let sink = 0; // consumes outputs so the work cannot be optimised away

/** Calls/second of `fn` over the corpus, looping for at least `minMs`. */
function opsPerSec(fn: (s: string) => string, minMs: number): number {
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  const minNs = BigInt(Math.round(minMs * 1e6));
  while (elapsedNs < minNs) {
    for (let i = 0; i < CORPUS.length; i++) sink += fn(CORPUS[i]).length;
    calls += CORPUS.length;
    elapsedNs = process.hrtime.bigint() - start;
  }
  return calls / (Number(elapsedNs) / 1e9);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Warm up every candidate so the JIT has settled before anything is timed.
for (const c of CANDIDATES) opsPerSec(c.fn, 300);

// Interleave rounds, rotating the order, so drift (thermal, GC) hits everyone alike.
const ROUNDS = 9;
const samples = new Map<string, number[]>(CANDIDATES.map((c) => [c.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < CANDIDATES.length; k++) {
    const c = CANDIDATES[(r + k) % CANDIDATES.length];
    samples.get(c.name)?.push(opsPerSec(c.fn, 150));
  }
}

const ops = new Map(CANDIDATES.map((c) => [c.name, median(samples.get(c.name) ?? [])]));
const toSlugOps = ops.get('toSlug') ?? 0;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

console.log(`Node ${process.version}; corpus ${CORPUS.length} headlines; median of ${ROUNDS} interleaved rounds\n`);
console.log(`${'library'.padEnd(38)}${'ops/sec'.padStart(12)}${'toSlug ÷ lib'.padStart(14)}${'correct'.padStart(10)}`);
const firstMiss = new Map<string, string>();
for (const c of CANDIDATES) {
  let ok = 0;
  CORPUS.forEach((line, i) => {
    const got = c.fn(line);
    if (got === EXPECTED[i]) ok++;
    else if (!firstMiss.has(c.name)) firstMiss.set(c.name, `${JSON.stringify(line.normalize('NFC'))}\n      got      ${got}\n      expected ${EXPECTED[i]}`);
  });
  const n = ops.get(c.name) ?? 0;
  const pct = `${((100 * ok) / CORPUS.length).toFixed(1)}%`;
  console.log(`${c.name.padEnd(38)}${fmt(n).padStart(12)}${`${(toSlugOps / n).toFixed(2)}x`.padStart(14)}${pct.padStart(10)}`);
}

if (firstMiss.size) console.log('\nFirst mismatch per library:');
for (const [name, miss] of firstMiss) console.log(`  ${name}: ${miss}`);

const toSlugCorrect = CORPUS.every((line, i) => toSlug(line) === EXPECTED[i]);
const vsSlugify = toSlugOps / (ops.get("slugify {locale:'vi',lower}") ?? Infinity);
console.log(`\ntoSlug correctness vs reference (target 100%): ${toSlugCorrect ? 'PASS' : 'FAIL'}`);
console.log(`toSlug is ${vsSlugify.toFixed(1)}x slugify (target >= 2x): ${vsSlugify >= 2 ? 'PASS' : 'FAIL'}`);
if (sink === -1) console.log(sink); // never true; keeps `sink` observable
