import * as slugEntry from '../../server/src/slugs/to-slug';
import { SLUG_PATTERN, toSlug, truncateSlug } from '../../server/src/slugs/to-slug';

/** Latin letters NFD leaves intact, with the transliteration expected (slugify charmap values). */
const LATIN_EXPECTED: Record<string, string> = {
  ª: 'a', º: 'o', Æ: 'AE', æ: 'ae', Ð: 'D', ð: 'd', Ø: 'O', ø: 'o', Þ: 'TH', þ: 'th',
  ß: 'ss', ẞ: 'SS', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l',
  Ł: 'L', ł: 'l', ŉ: 'n', Ŋ: 'N', ŋ: 'n', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't', ſ: 's',
  ƒ: 'f', Ə: 'E', ə: 'e', Ǆ: 'DZ', ǅ: 'Dz', ǆ: 'dz', Ǉ: 'LJ', ǈ: 'Lj', ǉ: 'lj',
  Ǌ: 'NJ', ǋ: 'Nj', ǌ: 'nj', Ǳ: 'DZ', ǲ: 'Dz', ǳ: 'dz',
};

/** The spec written as plainly as possible (regex per step), to check the fast version against. */
function reference(input: string): string {
  const unmarked = input.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
  return Array.from(unmarked, (ch) => LATIN_EXPECTED[ch] ?? ch)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Precomposed base vowel + combining tone, as some Vietnamese keyboards emit. */
function mixed(input: string): string {
  return Array.from(input.normalize('NFC'), (ch) => {
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(ch.normalize('NFD'));
    return tone ? ch.normalize('NFD').replace(tone[0], '').normalize('NFC') + tone[0] : ch;
  }).join('');
}

/** Deterministic PRNG so a failing random case can be reproduced. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VIETNAMESE_LETTERS: Array<[string, string]> = [
  ['aàáảãạ', 'a'], ['ăằắẳẵặ', 'a'], ['âầấẩẫậ', 'a'],
  ['eèéẻẽẹ', 'e'], ['êềếểễệ', 'e'],
  ['iìíỉĩị', 'i'],
  ['oòóỏõọ', 'o'], ['ôồốổỗộ', 'o'], ['ơờớởỡợ', 'o'],
  ['uùúủũụ', 'u'], ['ưừứửữự', 'u'],
  ['yỳýỷỹỵ', 'y'],
  ['đ', 'd'],
];

const HEADLINES: Array<[string, string]> = [
  ['Đắk Lắk: Mùa cà phê bội thu', 'dak-lak-mua-ca-phe-boi-thu'],
  ['Hà Nội mưa lớn, nhiều tuyến phố ngập sâu', 'ha-noi-mua-lon-nhieu-tuyen-pho-ngap-sau'],
  ['Giá xăng giảm 1.500 đồng/lít từ 15h chiều nay', 'gia-xang-giam-1-500-dong-lit-tu-15h-chieu-nay'],
  ['TP.HCM: Khởi công tuyến metro số 2 vào ngày 18/9', 'tp-hcm-khoi-cong-tuyen-metro-so-2-vao-ngay-18-9'],
  ['Lãi suất tiết kiệm tăng 0,5% – ngân hàng nào trả cao nhất?', 'lai-suat-tiet-kiem-tang-0-5-ngan-hang-nao-tra-cao-nhat'],
  ['"Cơn sốt" đất nền ở Quảng Ninh: Cảnh báo từ chuyên gia', 'con-sot-dat-nen-o-quang-ninh-canh-bao-tu-chuyen-gia'],
  ['Điện thoại iPhone 16 về Việt Nam, giá từ 22.990.000₫', 'dien-thoai-iphone-16-ve-viet-nam-gia-tu-22-990-000'],
  ['Đội tuyển Việt Nam thắng Thái Lan 3–2 (hiệp phụ)', 'doi-tuyen-viet-nam-thang-thai-lan-3-2-hiep-phu'],
  ['Giai đoạn 2015-2020: Xuất khẩu thủy sản tăng mạnh', 'giai-doan-2015-2020-xuat-khau-thuy-san-tang-manh'],
  ['Ngư dân Quảng Ngãi trúng đậm cá ngừ… sau bão', 'ngu-dan-quang-ngai-trung-dam-ca-ngu-sau-bao'],
  ['«Phở Hà Nội» lọt top món ngon châu Á!', 'pho-ha-noi-lot-top-mon-ngon-chau-a'],
  ['Ứng dụng TikTok; Zalo; Facebook — ai dẫn đầu?', 'ung-dung-tiktok-zalo-facebook-ai-dan-dau'],
  ['Hỏi & đáp: Thuế thu nhập cá nhân năm 2025', 'hoi-dap-thue-thu-nhap-ca-nhan-nam-2025'],
  ["Người dân 'đổ xô' đi mua vàng ngày vía Thần Tài", 'nguoi-dan-do-xo-di-mua-vang-ngay-via-than-tai'],
  ['Nghệ An: Lũ quét cuốn trôi cầu tạm ở Kỳ Sơn', 'nghe-an-lu-quet-cuon-troi-cau-tam-o-ky-son'],
  ['Huế rực rỡ đêm khai mạc Festival 2024 🎉', 'hue-ruc-ro-dem-khai-mac-festival-2024'],
  ['ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP RA QUYẾT ĐỊNH MỚI', 'uy-ban-nhan-dan-tinh-dong-thap-ra-quyet-dinh-moi'],
  ['Thanh Hoá: Người trẻ khởi nghiệp với nước mắm Ba Làng', 'thanh-hoa-nguoi-tre-khoi-nghiep-voi-nuoc-mam-ba-lang'],
];

describe('entry point', () => {
  it('exports exactly toSlug, truncateSlug and SLUG_PATTERN', () => {
    expect(Object.keys(slugEntry).sort()).toEqual(['SLUG_PATTERN', 'toSlug', 'truncateSlug']);
  });
});

describe('toSlug', () => {
  it.each(VIETNAMESE_LETTERS)('maps every form of %s (both cases) to %s', (letters, base) => {
    for (const ch of letters) {
      expect(ch).toHaveLength(1); // guards against this file being saved decomposed
      expect(toSlug(ch)).toBe(base);
      expect(toSlug(ch.toUpperCase())).toBe(base);
      expect(toSlug(`x${ch.toUpperCase()}${ch}x`)).toBe(`x${base}${base}x`);
    }
  });

  it.each(HEADLINES)('slugs %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
    expect(toSlug(input.normalize('NFC'))).toBe(expected);
    expect(toSlug(input.normalize('NFD'))).toBe(expected);
    expect(toSlug(mixed(input))).toBe(expected);
    expect(toSlug(expected)).toBe(expected);
  });

  it('gives one slug for NFC, NFD and mixed (vowel + combining tone) input', () => {
    const nfc = 'Thời tiết Phú Quốc: nắng đẹp cuối tuần';
    const nfd = nfc.normalize('NFD');
    const mix = mixed(nfc);
    expect(mix).not.toBe(nfc);
    expect(mix).not.toBe(nfd);
    expect(mix).toContain('ơ\u0300'); // "Thời" typed as ơ + combining grave
    expect(toSlug('Th\u01a1\u0300i ti\u00ea\u0301t')).toBe('thoi-tiet');
    for (const s of [nfc, nfd, mix]) expect(toSlug(s)).toBe('thoi-tiet-phu-quoc-nang-dep-cuoi-tuan');
  });

  it.each([
    ['hoà', 'hòa', 'hoa'],
    ['thuỷ', 'thủy', 'thuy'],
    ['khoẻ', 'khỏe', 'khoe'],
    ['Thanh Hoá', 'Thanh Hóa', 'thanh-hoa'],
    ['Sức khoẻ cộng đồng', 'Sức khỏe cộng đồng', 'suc-khoe-cong-dong'],
    ['Thuỷ điện Hoà Bình', 'Thủy điện Hòa Bình', 'thuy-dien-hoa-binh'],
  ])('old (%s) and new (%s) tone placement give %s', (oldStyle, newStyle, expected) => {
    expect(oldStyle).not.toBe(newStyle);
    expect(toSlug(oldStyle)).toBe(expected);
    expect(toSlug(newStyle)).toBe(expected);
  });

  it.each(['&', '%', '/', '.', ',', ':', ';', '!', '?', '"', "'", '(', ')', '–', '—', '…', '«', '»', '₫', '-', '_', '+', '@', '#'])(
    'treats %j as a separator',
    (p) => {
      expect(toSlug(`a${p}b`)).toBe('a-b');
      expect(toSlug(`a ${p} b`)).toBe('a-b');
      expect(toSlug(`${p}a${p}${p}b${p}`)).toBe('a-b');
      expect(toSlug(p)).toBe('');
    },
  );

  it('handles numbers', () => {
    expect(toSlug('1.500m')).toBe('1-500m');
    expect(toSlug('18/9')).toBe('18-9');
    expect(toSlug('2015-2020')).toBe('2015-2020');
    expect(toSlug('Q&A')).toBe('q-a');
    expect(toSlug('Tăng 12,5% so với năm 2023')).toBe('tang-12-5-so-voi-nam-2023');
    expect(toSlug('Giá 25.000₫/kg')).toBe('gia-25-000-kg');
  });

  it('treats emoji as separators', () => {
    expect(toSlug('🔥 Nóng: Giá vàng lập đỉnh')).toBe('nong-gia-vang-lap-dinh');
    expect(toSlug('a👍🏽b')).toBe('a-b');
    expect(toSlug('Việt Nam 🇻🇳 vô địch')).toBe('viet-nam-vo-dich');
    expect(toSlug('gia đình 👨‍👩‍👧 hạnh phúc')).toBe('gia-dinh-hanh-phuc');
  });

  it.each([
    ' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2002', '\u2003', '\u2007',
    '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', ' \t\u00a0\n ',
  ])('treats whitespace %j as one separator', (ws) => {
    expect(toSlug(`Hà${ws}Nội`)).toBe('ha-noi');
    expect(toSlug(`${ws}Hà Nội${ws}`)).toBe('ha-noi');
  });

  it('does not split camelCase', () => {
    expect(toSlug('iPhone')).toBe('iphone');
    expect(toSlug('TikTok')).toBe('tiktok');
    expect(toSlug('VinFast ra mắt xe mới')).toBe('vinfast-ra-mat-xe-moi');
    expect(toSlug('YouTube và MoMo')).toBe('youtube-va-momo');
  });

  it.each(['', ' ', '   \n\t', '&%/.', '🎉🎉🎉', '—', '₫', '«»', '\u0301', ' \u0300\u0301 ', '北京', 'Москва'])(
    'returns "" for %j',
    (input) => {
      expect(toSlug(input)).toBe('');
    },
  );

  it('keeps letters around non-Latin scripts and lone combining marks apart correctly', () => {
    expect(toSlug('Hội nghị APEC tại 東京')).toBe('hoi-nghi-apec-tai');
    expect(toSlug('Tin từ Москва hôm nay')).toBe('tin-tu-hom-nay');
    expect(toSlug('a \u0301 b')).toBe('a-b');
    expect(toSlug('a\u0301\u0301b')).toBe('ab');
  });

  it('transliterates Latin letters that NFD does not decompose, lowercasing after mapping', () => {
    for (const [ch, out] of Object.entries(LATIN_EXPECTED)) expect([ch, toSlug(ch)]).toEqual([ch, out.toLowerCase()]);
    expect(toSlug('Đ')).toBe('d');
    expect(toSlug('ĐẠI HỌC')).toBe('dai-hoc');
    expect(toSlug('Straße')).toBe('strasse');
    expect(toSlug('GROẞE')).toBe('grosse');
    expect(toSlug('Søren Kierkegaard')).toBe('soren-kierkegaard');
    expect(toSlug('Łódź')).toBe('lodz');
    expect(toSlug('Œuvre')).toBe('oeuvre');
    expect(toSlug('Þórshöfn')).toBe('thorshofn');
    expect(toSlug('Ærø')).toBe('aero');
    expect(toSlug('İstanbul')).toBe('istanbul'); // İ decomposes to I + U+0307
    expect(toSlug('Café São Paulo')).toBe('cafe-sao-paulo');
  });

  it('agrees with the plain reference for every code point', () => {
    // Catches anything the fast path handles differently: e.g. a char that lowercases into [a-z].
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = `a${String.fromCodePoint(cp)}b`;
      if (toSlug(s) !== reference(s)) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('does not truncate long input', () => {
    const input = 'Việt Nam '.repeat(60);
    expect(input.length).toBeGreaterThan(500);
    const out = toSlug(input);
    expect(out).toBe(Array(60).fill('viet-nam').join('-'));
    expect(out).toHaveLength(539);
  });

  it('is idempotent and always yields a valid slug or ""', () => {
    for (const [input] of HEADLINES) {
      const once = toSlug(input);
      expect(toSlug(once)).toBe(once);
      expect(SLUG_PATTERN.test(once)).toBe(true);
    }
  });

  it('holds its properties on random Vietnamese-ish strings', () => {
    const alphabet = [
      ...VIETNAMESE_LETTERS.flatMap(([letters]) => [...letters, ...letters.toUpperCase()]),
      ...'bcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789',
      ...'&%/.,:;!?"\'()–—…«»₫-_ ',
      '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u00a0', '\u2009', '\u3000', '\t', '\n', '🎉', '👍🏽',
    ];
    const rand = mulberry32(20240918);
    for (let n = 0; n < 500; n++) {
      let s = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const out = toSlug(s);
      expect([s, out === '' || SLUG_PATTERN.test(out)]).toEqual([s, true]);
      expect([s, out]).toEqual([s, reference(s)]);
      expect(toSlug(out)).toBe(out);
      expect(toSlug(s.normalize('NFD'))).toBe(out);
      expect(toSlug(s.normalize('NFC'))).toBe(out);
    }
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['a', 'dak-lak', '2015-2020', 'q-a-1'])('accepts %j', (s) => expect(SLUG_PATTERN.test(s)).toBe(true));
  it.each(['', '-a', 'a-', 'a--b', 'A', 'đ', 'a b', 'a_b'])('rejects %j', (s) => expect(SLUG_PATTERN.test(s)).toBe(false));
});

describe('truncateSlug', () => {
  const slug = 'dak-lak-mua-ca-phe-boi-thu'; // 26 chars

  it('returns short or exact-length slugs unchanged', () => {
    expect(truncateSlug(slug, 100)).toBe(slug);
    expect(truncateSlug(slug, 26)).toBe(slug);
    expect(truncateSlug('', 5)).toBe('');
  });

  it('cuts at a hyphen boundary', () => {
    expect(truncateSlug(slug, 10)).toBe('dak-lak'); // "dak-lak-mu" → drop partial word
    expect(truncateSlug(slug, 11)).toBe('dak-lak-mua'); // next char is '-'
    expect(truncateSlug(slug, 12)).toBe('dak-lak-mua'); // "dak-lak-mua-" → no trailing '-'
    expect(truncateSlug(slug, 25)).toBe('dak-lak-mua-ca-phe-boi');
  });

  it('hard-cuts a first word longer than maxLength', () => {
    expect(truncateSlug('nghieng-ngua', 5)).toBe('nghie');
    expect(truncateSlug(slug, 2)).toBe('da');
    expect(truncateSlug(slug, 3)).toBe('dak');
    expect(truncateSlug(slug, 4)).toBe('dak');
  });

  it('handles degenerate lengths', () => {
    expect(truncateSlug(slug, 0)).toBe('');
    expect(truncateSlug(slug, -3)).toBe('');
    expect(truncateSlug(slug, 10.9)).toBe('dak-lak');
    expect(truncateSlug(slug, Infinity)).toBe(slug);
    expect(() => truncateSlug(slug, Number.NaN)).toThrow(RangeError);
  });

  it('never leaves a trailing hyphen, even on malformed input', () => {
    expect(truncateSlug('ab--cd', 3)).toBe('ab');
    expect(truncateSlug('ab--cd', 4)).toBe('ab');
    expect(truncateSlug('ab-', 10)).toBe('ab');
    expect(truncateSlug('---', 2)).toBe('');
  });

  it('returns the longest whole-word prefix that fits, for every maxLength', () => {
    const words = slug.split('-');
    for (let max = 1; max <= slug.length + 1; max++) {
      let expected = '';
      for (const w of words) {
        const next = expected ? `${expected}-${w}` : w;
        if (next.length > max) break;
        expected = next;
      }
      if (expected === '') expected = words[0].slice(0, max);
      const out = truncateSlug(slug, max);
      expect([max, out]).toEqual([max, expected]);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(SLUG_PATTERN.test(out)).toBe(true);
    }
  });
});
