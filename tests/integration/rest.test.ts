import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { addLocale, createArticle, rowsOf } from '../helpers/content';
import { bearer, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let token: string;
// First letters in plain ASCII order, so every database's collation sorts them alike.
const TITLES = ['An Giang', 'Bình Định', 'Cà Mau', 'Gia Lai', 'Huế'];

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  token = await createApiToken(strapi, 'full-access');
  await addLocale(strapi, 'vi');
  for (const title of TITLES) await createArticle(strapi, { title: `Tin ${title}` }, { status: 'published' });
  await createArticle(strapi, { title: 'Tin tiếng Việt' }, { status: 'published', locale: 'vi' });
});
afterAll(() => stopStrapi(app));

const get = (route: string) => http(strapi).get(route);
const titles = (body: { data: Array<{ title: string }> }) => body.data.map((a) => a.title);

describe("Strapi's standard query parameters", () => {
  test('sort, filters and fields', async () => {
    const sorted = await get('/api/newsroom/articles?sort=title:desc&fields[0]=title');
    expect(titles(sorted.body)).toEqual(TITLES.map((t) => `Tin ${t}`).reverse());
    expect(Object.keys(sorted.body.data[0]).sort()).toEqual(['documentId', 'id', 'title']);

    const filtered = await get(`/api/newsroom/articles?filters[slug][$eq]=tin-binh-dinh`);
    expect(titles(filtered.body)).toEqual(['Tin Bình Định']);
    const contains = await get(`/api/newsroom/articles?filters[title][$containsi]=${encodeURIComponent('LAI')}`);
    expect(titles(contains.body)).toEqual(['Tin Gia Lai']);
  });

  test('page pagination', async () => {
    const res = await get('/api/newsroom/articles?sort=title&pagination[page]=2&pagination[pageSize]=2');
    expect(titles(res.body)).toEqual(['Tin Cà Mau', 'Tin Gia Lai']);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
  });

  test('offset pagination, and no count when asked', async () => {
    const res = await get('/api/newsroom/articles?sort=title&pagination[start]=4&pagination[limit]=2');
    expect(titles(res.body)).toEqual(['Tin Huế']);
    expect(res.body.meta.pagination).toEqual({ start: 4, limit: 2, total: 5 });
    const noCount = await get('/api/newsroom/articles?pagination[page]=1&pagination[pageSize]=2&pagination[withCount]=false');
    expect(noCount.body.meta.pagination).toEqual({ page: 1, pageSize: 2 });
    expect((await get('/api/newsroom/articles?pagination[withCount]=maybe')).status).toBe(400);
  });

  test('maxLimit from config/api.ts caps the page size', async () => {
    const res = await get('/api/newsroom/articles?pagination[pageSize]=1000');
    expect(res.body.meta.pagination.pageSize).toBe(100);
  });

  test('locale', async () => {
    expect(titles((await get('/api/newsroom/articles?locale=vi')).body)).toEqual(['Tin tiếng Việt']);
    expect((await get('/api/newsroom/articles?locale=*')).body.meta.pagination.total).toBe(6);
  });
});

describe('writes', () => {
  test('update of an unknown documentId is a 404, and creates nothing', async () => {
    const res = await http(strapi).put('/api/newsroom/articles/khong-co').set(bearer(token)).send({ data: { title: 'X' } });
    expect(res.status).toBe(404);
    expect(await rowsOf(strapi, 'khong-co')).toHaveLength(0);
  });

  test('delete: 204, then 404', async () => {
    const doc = await createArticle(strapi, { title: 'Sắp xoá' }, { status: 'published' });
    const first = await http(strapi).delete(`/api/newsroom/articles/${doc.documentId}`).set(bearer(token));
    expect(first.status).toBe(204);
    expect(await rowsOf(strapi, doc.documentId)).toHaveLength(0);
    const again = await http(strapi).delete(`/api/newsroom/articles/${doc.documentId}`).set(bearer(token));
    expect(again.status).toBe(404);
  });

  test('create publishes by default, as Strapi REST does; ?status=draft keeps a draft', async () => {
    const published = await http(strapi).post('/api/newsroom/articles').set(bearer(token)).send({ data: { title: 'Đăng ngay' } });
    expect(published.status).toBe(201);
    expect(published.body.data.publishedAt).not.toBeNull();
    const draft = await http(strapi).post('/api/newsroom/articles?status=draft').set(bearer(token)).send({ data: { title: 'Để sau' } });
    expect(draft.body.data.publishedAt).toBeNull();
  });
});
