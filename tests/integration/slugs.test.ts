import type { Core } from '@strapi/strapi';
import { toSlug } from '../../server/src/slugs/to-slug';
import { addLocale, ARTICLE, BYLINE, createArticle, createByline, rowsOf } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  token = await createApiToken(strapi, 'full-access');
  await addLocale(strapi, 'vi');
});
afterAll(() => stopStrapi(app));

describe('slugs on every write path', () => {
  test('document service create', async () => {
    const doc = await createArticle(strapi, { title: 'Đắk Lắk: Mùa cà phê & sầu riêng bội thu 18/9' });
    expect(doc.slug).toBe('dak-lak-mua-ca-phe-sau-rieng-boi-thu-18-9');
  });

  test('REST create with a full-access token', async () => {
    const res = await http(strapi)
      .post('/api/newsroom/articles')
      .set(bearer(token))
      .send({ data: { title: 'Thủy điện Đồng Nai xả lũ, hạ du cần đề phòng' } });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('thuy-dien-dong-nai-xa-lu-ha-du-can-de-phong');
  });

  test('GraphQL mutation', async () => {
    const body = await graphql(
      strapi,
      `mutation ($data: NewsroomArticleInput!) { createNewsroomArticle(data: $data) { documentId slug } }`,
      { data: { title: 'Giá xăng giảm 1.500₫/lít từ chiều nay' } },
      token
    );
    expect(body.errors).toBeUndefined();
    expect((body.data?.createNewsroomArticle as { slug: string }).slug).toBe('gia-xang-giam-1-500-lit-tu-chieu-nay');
  });

  test('REST update of the title moves the slug of a never-published article', async () => {
    const doc = await createArticle(strapi, { title: 'Bản nháp đầu tiên' });
    const res = await http(strapi)
      .put(`/api/newsroom/articles/${doc.documentId}`)
      .set(bearer(token))
      .send({ data: { title: 'Tiêu đề đã sửa lần hai' } });
    expect(res.status).toBe(200);
    expect(res.body.data.slug).toBe('tieu-de-da-sua-lan-hai');
  });

  test('NFC, NFD and mixed input give the same slug', async () => {
    const title = 'Hoà Bình khoẻ mạnh, thuỷ lợi Đắk Nông';
    const a = await createArticle(strapi, { title: title.normalize('NFC') });
    const b = await createArticle(strapi, { title: title.normalize('NFD') }, { locale: 'vi' });
    expect(a.slug).toBe('hoa-binh-khoe-manh-thuy-loi-dak-nong');
    expect(b.slug).toBe(a.slug);
  });

  test('bylines get slugs by the same rule', async () => {
    const byline = await createByline(strapi, 'Đặng Thị Thu Thủy');
    expect(byline.slug).toBe('dang-thi-thu-thuy');
    const twin = await createByline(strapi, 'Đặng Thị Thu Thuỷ');
    expect(twin.slug).toBe('dang-thi-thu-thuy-2');
  });
});

describe('uniqueness', () => {
  test('same title in the same locale: -2, -3 …, drafts and published alike', async () => {
    const title = 'Lễ hội cồng chiêng Tây Nguyên 2026';
    const first = await createArticle(strapi, { title }, { status: 'published' });
    const second = await createArticle(strapi, { title });
    const third = await createArticle(strapi, { title }, { status: 'published' });
    expect([first.slug, second.slug, third.slug]).toEqual([
      'le-hoi-cong-chieng-tay-nguyen-2026',
      'le-hoi-cong-chieng-tay-nguyen-2026-2',
      'le-hoi-cong-chieng-tay-nguyen-2026-3',
    ]);
  });

  test('unique per locale: the same slug may exist once in each locale', async () => {
    const title = 'Tuyển sinh lớp 10 năm học 2026-2027';
    const en = await createArticle(strapi, { title });
    const vi = await createArticle(strapi, { title }, { locale: 'vi' });
    expect(en.slug).toBe('tuyen-sinh-lop-10-nam-hoc-2026-2027');
    expect(vi.slug).toBe(en.slug);
  });

  test('a hand-set slug that is taken gets a suffix too, and is normalised', async () => {
    await createArticle(strapi, { title: 'Một', slug: 'ban-tin-sang' });
    const doc = await createArticle(strapi, { title: 'Hai', slug: '  Bản tin SÁNG ' });
    expect(doc.slug).toBe('ban-tin-sang-2');
  });

  test('a clone (Content Manager "duplicate") gets a slug of its own', async () => {
    const doc = await createArticle(strapi, { title: 'Bản gốc để nhân bản' });
    const clone = await strapi.documents(ARTICLE).clone({ documentId: doc.documentId });
    const cloneId = clone.documentId as string;
    const [row] = await rowsOf(strapi, cloneId);
    expect(row.title).toBe('Bản gốc để nhân bản');
    expect(row.slug).toBe('ban-goc-de-nhan-ban-2');
    const renamed = await strapi.documents(ARTICLE).clone({ documentId: doc.documentId, data: { title: 'Bản sao đổi tên' } });
    expect((await rowsOf(strapi, renamed.documentId as string))[0].slug).toBe('ban-sao-doi-ten');
  });

  test('a new locale of an existing document gets a slug, unique in that locale', async () => {
    await createArticle(strapi, { title: 'Mùa lúa chín' }, { locale: 'vi' });
    const doc = await createArticle(strapi, { title: 'Rice harvest season' });
    const vi = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, locale: 'vi', data: { title: 'Mùa lúa chín' } });
    expect(vi?.locale).toBe('vi');
    expect(vi?.slug).toBe('mua-lua-chin-2');
    expect(doc.slug).toBe('rice-harvest-season');
  });

  test('the draft and published rows of one document share their slug (no self-collision)', async () => {
    const doc = await createArticle(strapi, { title: 'Cao tốc Bắc – Nam qua Quảng Ngãi' }, { status: 'published' });
    const updated = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: doc.slug } });
    expect(updated?.slug).toBe('cao-toc-bac-nam-qua-quang-ngai');
    const rows = await rowsOf(strapi, doc.documentId);
    expect(rows.map((row) => row.slug)).toEqual([doc.slug, doc.slug]);
  });
});

describe('slug rules', () => {
  test('an empty slug is made from the title', async () => {
    const doc = await createArticle(strapi, { title: 'Bão số 3 đổ bộ', slug: '' });
    expect(doc.slug).toBe('bao-so-3-do-bo');
    const cleared = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: null } });
    expect(cleared?.slug).toBe('bao-so-3-do-bo');
  });

  test('cut at a hyphen to slug.maxLength (default 120)', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `tiếng${i}`).join(' ');
    const doc = await createArticle(strapi, { title: words });
    expect(doc.slug.length).toBeLessThanOrEqual(120);
    expect(toSlug(words).startsWith(doc.slug)).toBe(true);
    expect(toSlug(words).charAt(doc.slug.length)).toBe('-');
    const twin = await createArticle(strapi, { title: words });
    expect(twin.slug.length).toBeLessThanOrEqual(120);
    expect(twin.slug.endsWith('-2')).toBe(true);
  });

  test('a hand-set slug survives title edits before publication', async () => {
    const doc = await createArticle(strapi, { title: 'Tin nhanh buổi sáng', slug: 'ban-tin-rieng' });
    const updated = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Tin nhanh buổi trưa' } });
    expect(updated?.slug).toBe('ban-tin-rieng');
  });

  test('the admin form sends the unchanged slug back with a new title: the slug still follows the title', async () => {
    const doc = await createArticle(strapi, { title: 'Giá lúa tăng nhẹ' });
    const updated = await strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: { title: 'Giá lúa tăng mạnh', slug: doc.slug } });
    expect(updated?.slug).toBe('gia-lua-tang-manh');
  });

  test('after publication a title edit no longer changes the slug; a slug set by hand still does', async () => {
    const doc = await createArticle(strapi, { title: 'Khánh thành cầu Đakbla mới' }, { status: 'published' });
    const edited = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Khánh thành cầu Đakbla 2' } });
    expect(edited?.slug).toBe('khanh-thanh-cau-dakbla-moi');
    await strapi.documents(ARTICLE).publish({ documentId: doc.documentId });
    const again = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Cầu Đakbla thông xe' } });
    expect(again?.slug).toBe('khanh-thanh-cau-dakbla-moi');

    const byHand = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: 'Cầu Đakbla thông xe!' } });
    expect(byHand?.slug).toBe('cau-dakbla-thong-xe');
  });

  test('originalPublishedAt is set on first publication and kept after unpublishing', async () => {
    const doc = await createArticle(strapi, { title: 'Bài sẽ gỡ xuống' }, { status: 'published' });
    const [first] = await rowsOf(strapi, doc.documentId);
    expect(first.originalPublishedAt).not.toBeNull();
    await strapi.documents(ARTICLE).unpublish({ documentId: doc.documentId });
    const rows = await rowsOf(strapi, doc.documentId);
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].originalPublishedAt).getTime()).toBe(new Date(first.originalPublishedAt).getTime());
    const edited = await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Tiêu đề khác' } });
    expect(edited?.slug).toBe('bai-se-go-xuong');
  });

  test('server-owned fields are not taken from input', async () => {
    const res = await http(strapi)
      .post('/api/newsroom/articles')
      .set(bearer(token))
      .send({ data: { title: 'Thử ghi đè', bylineText: 'Giả mạo', originalPublishedAt: '2001-01-01T00:00:00.000Z' } });
    // Strapi's core validation refuses keys that are not writable, and nothing is stored.
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(await strapi.db.query(ARTICLE).count({ where: { title: 'Thử ghi đè' } })).toBe(0);

    // Through the document service (seeds, other plugins) the values are dropped, not stored.
    const doc = await createArticle(strapi, { title: 'Thử ghi đè', bylineText: 'Giả mạo', originalPublishedAt: '2001-01-01T00:00:00.000Z', slugManual: true });
    const rows = await rowsOf(strapi, doc.documentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bylineText: null, originalPublishedAt: null, slugManual: false });
  });
});

describe('slug history and GET /articles/by-slug/:slug', () => {
  test('finds by the current slug, and by a former slug with a redirect hint', async () => {
    const publicToken = await createApiToken(strapi, 'read-only');
    const doc = await createArticle(strapi, { title: 'Đường Hồ Chí Minh qua Kon Plông' }, { status: 'published' });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: 'duong-ho-chi-minh-kon-plong' } });
    await strapi.documents(ARTICLE).publish({ documentId: doc.documentId });

    const current = await http(strapi).get('/api/newsroom/articles/by-slug/duong-ho-chi-minh-kon-plong').set(bearer(publicToken));
    expect(current.status).toBe(200);
    expect(current.body.data.documentId).toBe(doc.documentId);
    expect(current.body.meta.slug).toEqual({
      requested: 'duong-ho-chi-minh-kon-plong',
      current: 'duong-ho-chi-minh-kon-plong',
      redirect: false,
    });

    const former = await http(strapi).get(`/api/newsroom/articles/by-slug/${doc.slug}`).set(bearer(publicToken));
    expect(former.status).toBe(200);
    expect(former.body.data.documentId).toBe(doc.documentId);
    expect(former.body.meta.slug).toEqual({ requested: doc.slug, current: 'duong-ho-chi-minh-kon-plong', redirect: true });

    const missing = await http(strapi).get('/api/newsroom/articles/by-slug/khong-ton-tai').set(bearer(publicToken));
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('NotFoundError');
  });

  test('a former slug taken over as current by another article resolves to that article', async () => {
    const a = await createArticle(strapi, { title: 'Mưa lớn ở Sa Thầy' }, { status: 'published' });
    await strapi.documents(ARTICLE).update({ documentId: a.documentId, data: { slug: 'mua-lon-sa-thay-kon-tum' } });
    await strapi.documents(ARTICLE).publish({ documentId: a.documentId });
    const b = await createArticle(strapi, { title: 'Mưa lớn ở Sa Thầy' }, { status: 'published' });
    expect(b.slug).toBe('mua-lon-o-sa-thay');
    const found = await strapi.plugin('newsroom').service('slug-lookup').findBySlug(ARTICLE, 'mua-lon-o-sa-thay', {});
    expect(found.entry.documentId).toBe(b.documentId);
  });

  test('deleting an article forgets its former slugs', async () => {
    const doc = await createArticle(strapi, { title: 'Bài sẽ bị xoá' }, { status: 'published' });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: 'bai-da-doi-ten' } });
    expect(await strapi.db.query('plugin::newsroom.slug-redirect').count({ where: { targetDocumentId: doc.documentId } })).toBe(1);
    await strapi.documents(ARTICLE).delete({ documentId: doc.documentId });
    expect(await strapi.db.query('plugin::newsroom.slug-redirect').count({ where: { targetDocumentId: doc.documentId } })).toBe(0);
  });

  test('deleting one locale keeps the former slugs of the others', async () => {
    const doc = await createArticle(strapi, { title: 'Two locales' }, { status: 'published' });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, locale: 'vi', data: { title: 'Hai ngôn ngữ' } });
    await strapi.documents(ARTICLE).publish({ documentId: doc.documentId, locale: 'vi' });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slug: 'two-locales-renamed' } });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, locale: 'vi', data: { slug: 'hai-ngon-ngu-moi' } });
    const history = () =>
      strapi.db.query('plugin::newsroom.slug-redirect').findMany({ where: { targetDocumentId: doc.documentId }, orderBy: { slug: 'asc' } });
    expect((await history()).map((row) => [row.slug, row.targetLocale])).toEqual([
      ['hai-ngon-ngu', 'vi'],
      ['two-locales', 'en'],
    ]);
    await strapi.documents(ARTICLE).delete({ documentId: doc.documentId, locale: 'vi' });
    expect((await history()).map((row) => [row.slug, row.targetLocale])).toEqual([['two-locales', 'en']]);
  });
});

describe("the Content Manager's regenerate button agrees with toSlug", () => {
  const titles = [
    'Đắk Lắk: Mùa cà phê bội thu, giá tăng kỷ lục',
    'Hoà giải thành tranh chấp đất đai ở xã Ia Chim',
    'Q&A: Những điều cần biết về tuyển sinh đầu cấp',
    'Lũ quét ở Đăk Glei: 2 người mất tích, thiệt hại 1.500 triệu đồng',
    'Giá sầu riêng giảm 18/9, nông dân “treo” hàng chờ',
    'Thầy giáo trẻ vượt suối đưa chữ lên bản Đăk Tô',
    'Khoẻ đẹp mùa hè: ăn uống hợp lý, ngủ đủ giấc',
    'Ứng dụng TikTok và iPhone trong dạy học ở vùng cao',
    'Ưu tiên vốn cho đường liên xã Ngọc Hồi – Đắk Hà',
    'Chương trình “Mỗi ngày một quyển sách” đạt 95% chỉ tiêu',
  ];

  test.each(titles)('%s', async (title) => {
    const generated = await strapi
      .plugin('content-manager')
      .service('uid')
      .generateUIDField({ contentTypeUID: ARTICLE, field: 'slug', data: { title }, locale: 'vi' });
    expect(generated).toBe(toSlug(title));
  });

  test('bylines too', async () => {
    const generated = await strapi
      .plugin('content-manager')
      .service('uid')
      .generateUIDField({ contentTypeUID: BYLINE, field: 'slug', data: { name: 'Nguyễn Đức Trọng' } });
    expect(generated).toBe('nguyen-duc-trong');
  });
});

describe('concurrency', () => {
  test('writes racing for the same title still get unique slugs', async () => {
    const title = 'Đua nhau tạo cùng một tiêu đề';
    const docs = await Promise.all(Array.from({ length: 8 }, () => createArticle(strapi, { title })));
    const slugs = docs.map((doc) => doc.slug);
    expect(new Set(slugs).size).toBe(8);
    expect(slugs).toContain('dua-nhau-tao-cung-mot-tieu-de');
  });
});
