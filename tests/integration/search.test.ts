/**
 * Issue 8 §1: Vietnamese search through the real Strapi (SQLite, PostgreSQL, MariaDB): diacritics
 * both ways, NFD, đ/Đ, case, every word, phrases, ranking, snippets and ranges, locales, paging,
 * published articles only (the index follows publish, unpublish, edits, discard, delete and the
 * scheduler), bad queries never a 500, permissions, and GraphQL giving the REST answer.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { ARTICLE, addLocale, createArticle } from '../helpers/content';
import { databaseKind } from '../helpers/database';
import { bearer, graphql, http } from '../helpers/http';
import { SCHEDULE, eventually } from '../helpers/schedules';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;

interface Hit {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  publishedAt: string;
  firstPublishedAt: string;
  matchedIn: 'title' | 'lead' | 'body';
  snippet: string;
  ranges: Array<[number, number]>;
  titleRanges: Array<[number, number]>;
}
interface Answer {
  data: Hit[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number }; locale: string | null; terms: string[] };
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const docs: Record<string, string> = {};

const publish = async (key: string, data: Record<string, unknown>, locale?: string) => {
  const doc = await createArticle(strapi, data, { status: 'published', ...(locale ? { locale } : {}) });
  docs[key] = doc.documentId;
  return doc.documentId;
};

const search = (query: Record<string, string>, token?: string) =>
  http(strapi).get('/api/newsroom/articles/search').query(query).set(bearer(token));

const found = async (q: string, extra: Record<string, string> = {}): Promise<Answer> => {
  const res = await search({ q, pageSize: '50', ...extra });
  expect([q, res.status]).toEqual([q, 200]);
  // A stale index entry (a row no longer published) is skipped from the page but would show in the total.
  if (!('page' in extra) && !('pageSize' in extra)) expect([q, res.body.meta.pagination.total]).toEqual([q, res.body.data.length]);
  return res.body as Answer;
};
const idsOf = async (q: string, extra: Record<string, string> = {}) => (await found(q, extra)).data.map((hit) => hit.documentId);
const keysOf = async (q: string, extra: Record<string, string> = {}) => {
  const names = new Map(Object.entries(docs).map(([key, id]) => [id, key]));
  return (await idsOf(q, extra)).map((id) => names.get(id) ?? id);
};
const sorted = (keys: string[]) => [...keys].sort();

/** What a range covers, folded the simple way (lower case, marks off, đ → d). */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

const SEARCH_INDEX = 'newsroom_search_index';

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);

  await publish('hanoi', {
    title: 'Hà Nội mùa thu vàng',
    lead: 'Thủ đô đón khách du lịch dịp cuối tuần.',
    body: [paragraph('Phố cổ đông vui.'), paragraph('Người dân ra hồ Gươm.')],
  });
  await publish('unaccented', { title: 'Ha Noi tac duong gio cao diem', lead: 'Go khong dau' });
  await publish('daklak', { title: 'Cà phê Đắk Lắk được mùa'.normalize('NFD'), lead: 'Nông dân Tây Nguyên phấn khởi.'.normalize('NFD') });
  await publish('danang', { title: 'ĐÀ NẴNG khai trương cầu mới', lead: 'Cầu bắc qua sông Hàn.' });
  await publish('both', { title: 'Từ Hà Nội đến Đắk Lắk', lead: 'Hành trình xuyên Việt.' });
  await publish('thumua', { title: 'Chuyện thu và mùa gặt', lead: 'Lúa chín.' });
  await publish('nhahang', { title: 'Nhà hàng mới mở ở phố Huế', lead: 'Ẩm thực.' });
});
afterAll(() => stopStrapi(app));

describe('matching as Vietnamese readers type', () => {
  test('without diacritics finds text with them, and with them finds text typed without', async () => {
    expect(sorted(await keysOf('ha noi'))).toEqual(['both', 'hanoi', 'unaccented']);
    expect(sorted(await keysOf('Hà Nội'))).toEqual(['both', 'hanoi', 'unaccented']);
    expect(sorted(await keysOf('dak lak'))).toEqual(['both', 'daklak']);
  });

  test('NFD and NFC alike, in the text (daklak was stored decomposed) and in the query', async () => {
    expect(sorted(await keysOf('Đắk Lắk'.normalize('NFD')))).toEqual(['both', 'daklak']);
    expect(sorted(await keysOf('Đắk Lắk'.normalize('NFC')))).toEqual(['both', 'daklak']);
    expect(sorted(await keysOf('phấn khởi'.normalize('NFD')))).toEqual(['daklak']);
  });

  test('đ and Đ are d; case does not matter', async () => {
    for (const q of ['Đà Nẵng', 'đà nẵng', 'ĐÀ NẴNG', 'da nang', 'DA NANG']) expect([q, await keysOf(q)]).toEqual([q, ['danang']]);
    expect(await keysOf('HÀ NỘI MÙA THU')).toEqual(['hanoi']);
  });

  test('every word must be there; a word never matches inside another', async () => {
    expect(await keysOf('ha noi dak lak')).toEqual(['both']);
    expect(await keysOf('ha noi xyzzy')).toEqual([]);
    expect(await keysOf('nha hang')).toEqual(['nhahang']);
    expect(await keysOf('hang')).toEqual(['nhahang']); // `hàng`, a word of its own
    expect(await keysOf('ang')).toEqual([]); // never the end of `hàng`
  });

  test('a quoted phrase matches as a phrase; its words apart do not', async () => {
    expect(await keysOf('"mùa thu"')).toEqual(['hanoi']);
    expect(sorted(await keysOf('mùa thu'))).toEqual(['hanoi', 'thumua']);
    expect(await keysOf('"thu mua"')).toEqual([]);
    expect(await keysOf('"ha noi mua thu vang"')).toEqual(['hanoi']); // a long phrase
    expect(await keysOf('"noi mua thu vang ha"')).toEqual([]);
  });

  test('the body (blocks) is searched too', async () => {
    expect(await keysOf('ho guom')).toEqual(['hanoi']);
    expect(await keysOf('"pho co dong vui"')).toEqual(['hanoi']);
  });
});

describe('ranking, snippets and ranges', () => {
  beforeAll(async () => {
    // One made-up place name; created oldest first, so each tier's newest comes first.
    await publish('rankBodyOld', { title: 'Tin một', lead: 'Sapo một.', body: [paragraph('Ở Ea Kar trời mưa.')] });
    await publish('rankTitleOld', { title: 'Ea Kar được mùa', lead: 'Sapo hai.' });
    await publish('rankLeadNew', { title: 'Tin ba', lead: 'Nông dân Ea Kar vui.' });
    await publish('rankTitleNew', { title: 'Đường mới ở Ea Kar', lead: 'Sapo bốn.' });
    await publish('rankBodyNew', { title: 'Tin năm', lead: 'Sapo năm.', body: [paragraph('Lúa Ea Kar chín.')] });
  });

  test('title above lead above body, then newest first', async () => {
    const answer = await found('ea kar');
    expect(answer.data.map((hit) => [hit.documentId, hit.matchedIn])).toEqual([
      [docs.rankTitleNew, 'title'],
      [docs.rankTitleOld, 'title'],
      [docs.rankLeadNew, 'lead'],
      [docs.rankBodyNew, 'body'],
      [docs.rankBodyOld, 'body'],
    ]);
  });

  test('a term in the title and one in the lead: the lead tier', async () => {
    const answer = await found('ea kar vui');
    expect(answer.data.map((hit) => [hit.documentId, hit.matchedIn])).toEqual([[docs.rankLeadNew, 'lead']]);
  });

  test('snippet: plain text around the first match, with ranges on the words as written', async () => {
    const words = Array.from({ length: 60 }, (_, i) => `chữ${i}`).join(' ');
    const id = await publish('long', {
      title: 'Bài dài về Krông Pắc',
      lead: 'Sapo không có từ khóa.',
      body: [paragraph(`${words} Mưa lớn ở huyện Krông Pắc tỉnh Đắk Lắk. ${words}`), paragraph('Đoạn cuối.')],
    });
    const [hit] = (await found('"krong pac" dak lak')).data;
    expect(hit.documentId).toBe(id);
    expect(hit.matchedIn).toBe('body'); // Đắk Lắk is in the body only
    expect(hit.snippet.length).toBeLessThanOrEqual(160);
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.endsWith('…')).toBe(true);
    expect(hit.snippet).not.toMatch(/[<>{}[\]]/); // plain text, not blocks
    expect(hit.ranges.map(([from, to]) => hit.snippet.slice(from, to))).toEqual(['Krông Pắc', 'Đắk', 'Lắk']);
    expect(hit.titleRanges.map(([from, to]) => hit.title.slice(from, to))).toEqual(['Krông Pắc']);
  });

  test('ranges into an NFD-stored title cover the letters as returned (NFC)', async () => {
    const [hit] = (await found('phấn khởi')).data;
    expect(hit.title).toBe('Cà phê Đắk Lắk được mùa'); // returned NFC
    expect(hit.snippet).toBe('Nông dân Tây Nguyên phấn khởi.');
    expect(hit.ranges.map(([from, to]) => plain(hit.snippet.slice(from, to)))).toEqual(['phan', 'khoi']);
    const [title] = (await found('dak lak', { locale: 'en' })).data.filter((h) => h.documentId === docs.daklak);
    expect(title.titleRanges.map(([from, to]) => title.title.slice(from, to))).toEqual(['Đắk', 'Lắk']);
  });

  test('the answer names the article and its dates', async () => {
    const [hit] = (await found('"mùa thu"')).data;
    expect(hit).toMatchObject({ documentId: docs.hanoi, locale: 'en', title: 'Hà Nội mùa thu vàng', slug: 'ha-noi-mua-thu-vang' });
    expect(new Date(hit.publishedAt).toISOString()).toBe(hit.publishedAt);
    expect(hit.firstPublishedAt).toBe(hit.publishedAt);
  });
});

describe('published articles only: the index follows every write', () => {
  test('a draft is never found; publishing finds it', async () => {
    const draft = await createArticle(strapi, { title: 'Bản nháp Bí Mật Quốc Gia' });
    expect(await idsOf('bi mat quoc gia')).toEqual([]);
    await strapi.documents(ARTICLE).publish({ documentId: draft.documentId });
    expect(await idsOf('bi mat quoc gia')).toEqual([draft.documentId]);
  });

  test('an edit of a published article shows once published; discarding it changes nothing', async () => {
    const id = await publish('edited', { title: 'Giá lúa Tăng Vọt' });
    await strapi.documents(ARTICLE).update({ documentId: id, data: { title: 'Giá lúa Giảm Sâu' } });
    expect(await idsOf('giam sau')).toEqual([]); // only the draft says so
    expect(await idsOf('tang vot')).toEqual([id]);
    await strapi.documents(ARTICLE).discardDraft({ documentId: id });
    expect(await idsOf('tang vot')).toEqual([id]);
    await strapi.documents(ARTICLE).update({ documentId: id, data: { title: 'Giá lúa Giảm Sâu' } });
    await strapi.documents(ARTICLE).publish({ documentId: id });
    expect(await idsOf('giam sau')).toEqual([id]);
    expect(await idsOf('tang vot')).toEqual([]);
  });

  test('unpublished: gone; published again: back', async () => {
    const id = await publish('unpublished', { title: 'Tin Gỡ Xuống Ngay' });
    await strapi.documents(ARTICLE).unpublish({ documentId: id });
    expect(await idsOf('go xuong ngay')).toEqual([]);
    await strapi.documents(ARTICLE).publish({ documentId: id });
    expect(await idsOf('go xuong ngay')).toEqual([id]);
  });

  test('deleted: gone', async () => {
    const id = await publish('deleted', { title: 'Tin Bị Xóa Hẳn' });
    await strapi.documents(ARTICLE).delete({ documentId: id });
    expect(await idsOf('bi xoa han')).toEqual([]);
  });

  test('scheduled: not found until the scheduler publishes it', async () => {
    const draft = await createArticle(strapi, { title: 'Tin Hẹn Giờ Đăng' });
    const { entry } = await strapi.plugin('newsroom').service('schedules').schedule(
      { contentType: ARTICLE, documentId: draft.documentId, locale: 'en', action: 'publish', runAt: new Date(Date.now() + 3600 * 1000), timezone: 'Asia/Ho_Chi_Minh' },
      { id: null, name: 'test' }
    );
    expect(await idsOf('hen gio dang')).toEqual([]);
    // Brought due (an hour ahead would keep the test waiting): the scheduler's next tick publishes it.
    const now = new Date();
    await strapi.db.query(SCHEDULE).update({ where: { id: entry.id }, data: { runAt: now, dueAt: now } });
    await eventually(async () => (await idsOf('hen gio dang')).length === 1, 30000, 'the scheduled article to be found');
    expect(await idsOf('hen gio dang')).toEqual([draft.documentId]);
  });

  test('the index holds exactly the published rows', async () => {
    const knex = strapi.db.connection;
    const published = await knex('newsroom_articles').whereNotNull('published_at').select('id');
    const indexed = await knex(SEARCH_INDEX).select('id');
    expect(indexed.map((row) => Number(row.id)).sort((a, b) => a - b)).toEqual(published.map((row) => Number(row.id)).sort((a, b) => a - b));
  });

  test('start-up catch-up: rows written past the document service, or lost from the index, are indexed', async () => {
    const knex = strapi.db.connection;
    await knex(SEARCH_INDEX).delete();
    expect(await idsOf('ha noi')).toEqual([]);
    const now = new Date();
    await strapi.db.query(ARTICLE).create({
      data: { documentId: 'rawdocument0000000000000', title: 'Chèn Thẳng Vào Bảng', slug: 'chen-thang', locale: 'en', publishedAt: now, createdAt: now, updatedAt: now },
    });
    const result = await strapi.plugin('newsroom').service('search-index').catchUp();
    expect(result.indexed).toBeGreaterThan(10);
    expect(sorted(await keysOf('ha noi'))).toEqual(['both', 'hanoi', 'unaccented']);
    expect(await idsOf('chen thang vao bang')).toEqual(['rawdocument0000000000000']);
    // Orphans go too: an entry whose row is no longer published.
    await knex('newsroom_articles').where({ document_id: 'rawdocument0000000000000' }).delete();
    expect((await strapi.plugin('newsroom').service('search-index').catchUp()).removed).toBe(1);
    expect(await idsOf('chen thang vao bang')).toEqual([]);
  });
});

describe('locales', () => {
  test('each locale searches its own published version; the default locale without ?locale', async () => {
    const id = await publish('localized', { title: 'Flood in Quang Ngai province' });
    await strapi.documents(ARTICLE).update({ documentId: id, locale: 'vi', data: { title: 'Lũ lụt ở Quảng Ngãi' } });
    expect(await idsOf('quang ngai', { locale: 'vi' })).toEqual([]); // the vi version is a draft
    await strapi.documents(ARTICLE).publish({ documentId: id, locale: 'vi' });
    const vi = await found('quảng ngãi', { locale: 'vi' });
    expect(vi.data.map((hit) => [hit.documentId, hit.locale, hit.title])).toEqual([[id, 'vi', 'Lũ lụt ở Quảng Ngãi']]);
    expect(vi.meta.locale).toBe('vi');
    const en = await found('quang ngai');
    expect(en.data.map((hit) => [hit.documentId, hit.locale])).toEqual([[id, 'en']]);
    expect(en.meta.locale).toBe('en');
    expect(await idsOf('lu lut')).toEqual([]);
    expect(await idsOf('flood', { locale: 'vi' })).toEqual([]);
    expect(await idsOf('flood', { locale: 'fr' })).toEqual([]); // a locale the site lacks: nothing, as for `find`
  });
});

describe('paging', () => {
  beforeAll(async () => {
    for (let i = 0; i < 23; i++) await publish(`page${i}`, { title: `Phân trang số ${i}` });
  });

  test('pages of pageSize, every hit once, in order; past the end: empty, same total', async () => {
    const seen: string[] = [];
    for (const [page, size] of [[1, 10], [2, 10], [3, 3]]) {
      const res = await search({ q: 'phan trang', page: String(page), pageSize: '10' });
      expect(res.status).toBe(200);
      expect(res.body.meta.pagination).toEqual({ page, pageSize: 10, pageCount: 3, total: 23 });
      expect(res.body.data).toHaveLength(size);
      seen.push(...res.body.data.map((hit: Hit) => hit.documentId));
    }
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => docs[`page${22 - i}`]));
    const past = await search({ q: 'phan trang', page: '4', pageSize: '10' });
    expect([past.status, past.body.data, past.body.meta.pagination.total]).toEqual([200, [], 23]);
    const defaults = await search({ q: 'phan trang' });
    expect(defaults.body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 3, total: 23 });
    expect(defaults.body.meta.totalCapped).toBe(false);
  });

  test('search.maxHits: the total stops there (totalCapped) and so do the pages', async () => {
    const key = 'plugin::newsroom.search';
    const saved = strapi.config.get(key) as Record<string, unknown>;
    const page = async (maxHits: number, pageNo: number) => {
      strapi.config.set(key, { ...saved, maxHits });
      const res = await search({ q: 'phan trang', page: String(pageNo), pageSize: '10' });
      expect(res.status).toBe(200);
      return { ...res.body.meta.pagination, capped: res.body.meta.totalCapped, ids: res.body.data.map((hit: Hit) => hit.documentId) };
    };
    const ranked = Array.from({ length: 23 }, (_, i) => docs[`page${22 - i}`]);
    try {
      expect(await page(22, 1)).toEqual({ page: 1, pageSize: 10, pageCount: 3, total: 22, capped: true, ids: ranked.slice(0, 10) });
      expect(await page(22, 3)).toEqual({ page: 3, pageSize: 10, pageCount: 3, total: 22, capped: true, ids: ranked.slice(20, 22) });
      expect(await page(20, 3)).toEqual({ page: 3, pageSize: 10, pageCount: 2, total: 20, capped: true, ids: [] });
      expect(await page(23, 3)).toEqual({ page: 3, pageSize: 10, pageCount: 3, total: 23, capped: false, ids: ranked.slice(20) });
      const gql = await graphql(strapi, '{ newsroomSearch(q: "phan trang") { totalCapped pagination { total } } }');
      expect(gql.data).toEqual({ newsroomSearch: { totalCapped: false, pagination: { total: 23 } } });
    } finally {
      strapi.config.set(key, saved);
    }
  });
});

describe('bad queries: a 400 or an empty answer, never a 500', () => {
  const attempts: Array<Record<string, string>> = [
    { q: '' },
    { q: '   ' },
    { q: 'a'.repeat(201) },
    { q: '!!!' },
    { q: '"' },
    { q: '""""' },
    { q: '*' },
    { q: '"ha' },
    { q: 'ha" noi' },
    { q: 'NEAR(ha noi)' },
    { q: 'ha AND OR NOT noi' },
    { q: '+ha -noi ~x <y >z (a) @b :c ^d $e |f &g' },
    { q: 'title:ha' },
    { q: '{title_text}: ha' },
    { q: "'; DROP TABLE newsroom_articles; --" },
    { q: "ha' OR '1'='1" },
    { q: '\\' },
    { q: '%_%' },
    { q: 'ha\u0000noi' },
    { q: '\ud800' },
    { q: '😀🇻🇳' },
    { q: '\u0301\u0301' },
    { q: 'x'.repeat(150) },
    { q: Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') },
    { q: 'ha', page: '0' },
    { q: 'ha', page: '-1' },
    { q: 'ha', page: 'abc' },
    { q: 'ha', page: '99999999999' },
    { q: 'ha', pageSize: '0' },
    { q: 'ha', pageSize: '51' },
    { q: 'ha', locale: '*' },
    { q: 'ha', locale: "en'--" },
    { q: 'ha', sort: 'title' },
  ];

  test.each(attempts.map((query) => [JSON.stringify(query).slice(0, 60), query]))('%s', async (_, query) => {
    const res = await search(query as Record<string, string>);
    expect([200, 400]).toContain(res.status);
    if (res.status === 200) expect(Array.isArray(res.body.data)).toBe(true);
    else expect(res.body.error.name).toBe('ValidationError');
  });

  test('missing, repeated or nested q → 400', async () => {
    for (const path of ['', '?q=a&q=b', '?q[$ne]=x', '?q[]=x']) {
      const res = await http(strapi).get(`/api/newsroom/articles/search${path}`);
      expect([path, res.status]).toEqual([path, 400]);
    }
  });

  test('only punctuation: an empty answer, no terms', async () => {
    const res = await search({ q: '"" + - * ( ) : ~ @ < >' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 }, totalCapped: false, locale: 'en', terms: [] } });
  });

  test('the articles are still there after the attempts', async () => {
    expect(sorted(await keysOf('ha noi'))).toEqual(['both', 'hanoi', 'unaccented']);
  });
});

describe('access: the articles’ find permission', () => {
  test('API tokens: read-only and full-access may; a custom token needs article find', async () => {
    const readOnly = await createApiToken(strapi, 'read-only');
    const withFind = await createApiToken(strapi, 'custom', ['plugin::newsroom.article.find']);
    const withoutFind = await createApiToken(strapi, 'custom', ['plugin::newsroom.article.findOne']);
    expect((await search({ q: 'ha noi' }, readOnly)).status).toBe(200);
    expect((await search({ q: 'ha noi' }, withFind)).status).toBe(200);
    expect((await search({ q: 'ha noi' }, withoutFind)).status).toBe(403);
    const gql = await graphql(strapi, '{ newsroomSearch(q: "ha noi") { pagination { total } } }', {}, withoutFind);
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await graphql(strapi, '{ newsroomSearch(q: "ha noi") { pagination { total } } }', {}, withFind);
    expect(allowed.data).toEqual({ newsroomSearch: { pagination: { total: 3 } } });
  });

  test('search is not an action of its own in Users & Permissions', async () => {
    const actions = await strapi.plugin('users-permissions').service('users-permissions').getActions();
    expect(Object.keys(actions['plugin::newsroom']?.controllers ?? {})).not.toContain('search');
  });
});

describe('GraphQL: the REST answer', () => {
  const QUERY = `query ($q: String!, $page: Int, $pageSize: Int, $locale: I18NLocaleCode) {
    newsroomSearch(q: $q, page: $page, pageSize: $pageSize, locale: $locale) {
      nodes { documentId locale title slug bylineText publishedAt firstPublishedAt matchedIn snippet ranges titleRanges }
      pagination { page pageSize pageCount total }
      totalCapped
      locale
      terms
    }
  }`;

  test.each([
    [{ q: 'ha noi' }],
    [{ q: '"Đắk Lắk"' }],
    [{ q: 'ea kar', page: 2, pageSize: 2 }],
    [{ q: 'quảng ngãi', locale: 'vi' }],
    [{ q: '!!!' }],
  ])('%j', async (variables) => {
    const rest = await search(Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)])));
    expect(rest.status).toBe(200);
    const gql = await graphql(strapi, QUERY, variables);
    expect(gql.errors).toBeUndefined();
    const result = (gql.data as { newsroomSearch: { nodes: unknown[]; pagination: unknown; totalCapped: boolean; locale: string; terms: string[] } })
      .newsroomSearch;
    expect(result.nodes).toEqual(rest.body.data);
    expect(result.pagination).toEqual(rest.body.meta.pagination);
    expect(result.totalCapped).toBe(rest.body.meta.totalCapped);
    expect([result.locale, result.terms]).toEqual([rest.body.meta.locale, rest.body.meta.terms]);
  });

  test('bad arguments: a user-input error, not a server error', async () => {
    for (const variables of [{ q: '' }, { q: 'x'.repeat(201) }, { q: 'ha', page: 0 }, { q: 'ha', pageSize: 51 }]) {
      const gql = await graphql(strapi, QUERY, variables);
      expect([JSON.stringify(variables), gql.errors?.[0]?.extensions?.code]).toEqual([JSON.stringify(variables), 'BAD_USER_INPUT']);
    }
  });
});

// MariaDB/MySQL judges from its newest rows how common a query and its words are, then walks the
// (locale, sort_at, id) index newest first (a common query) or narrows with FULLTEXT on the rarer
// words. Tests hold few rows, so the threshold is moved (NEWSROOM_SEARCH_COMMON_FROM): 0 walks every
// query, 1–3 narrow with some words and not others, 1000 narrows with every word. All must agree.
(databaseKind() === 'mysql' ? describe : describe.skip)('MariaDB/MySQL: every plan gives the same answers', () => {
  const queries: Array<Record<string, string>> = [
    { q: 'ha noi' },
    { q: 'Hà Nội' },
    { q: '"Đắk Lắk"' },
    { q: 'dak lak ca phe' },
    { q: 'thu' },
    { q: 'mua' },
    { q: 'phan trang', page: '1', pageSize: '10' },
    { q: 'phan trang', page: '2', pageSize: '10' },
    { q: 'phan trang', page: '3', pageSize: '10' },
    { q: 'ea kar', page: '2', pageSize: '2' },
    { q: 'xylophone' },
  ];

  test.each(queries.map((query) => [JSON.stringify(query), query]))('%s', async (_, query) => {
    const usual = await search(query as Record<string, string>);
    expect(usual.status).toBe(200);
    try {
      for (const commonFrom of ['0', '1', '2', '3', '1000']) {
        process.env.NEWSROOM_SEARCH_COMMON_FROM = commonFrom;
        const other = await search(query as Record<string, string>);
        expect([commonFrom, other.status, other.body]).toEqual([commonFrom, 200, usual.body]);
      }
    } finally {
      delete process.env.NEWSROOM_SEARCH_COMMON_FROM;
    }
  });

  test('the queries above find hits in every tier', async () => {
    const tiers = new Set<string>();
    for (const q of ['ha noi', 'thu', 'mua', 'ea kar']) for (const hit of (await found(q)).data) tiers.add(hit.matchedIn);
    expect([...tiers].sort()).toEqual(['body', 'lead', 'title']);
  });
});
