import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { ARTICLE, createArticle } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  token = await createApiToken(strapi, 'full-access');
  await createArticle(strapi, { title: 'Một bài đã đăng' }, { status: 'published' });
});
afterAll(() => stopStrapi(app));

/** Strapi's error shape: `{ data: null, error: { status, name, message, details } }`. */
const expectError = (res: { status: number; body: unknown }, status: number, name: string) => {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ data: null, error: expect.objectContaining({ status, name, message: expect.any(String) }) });
};

describe('4xx with Strapi error shape', () => {
  test.each([
    ['/api/newsroom/articles/khong-co-documentid-nay', 'NotFoundError'],
    ['/api/newsroom/bylines/khong-co-documentid-nay', 'NotFoundError'],
    ['/api/newsroom/articles/by-slug/khong-co-bai-nay', 'NotFoundError'],
  ])('GET %s → 404', async (route, name) => {
    expectError(await http(strapi).get(route), 404, name);
  });

  test.each([
    '/api/newsroom/articles?filters[nope][$eq]=1',
    '/api/newsroom/articles?sort=nope:asc',
    '/api/newsroom/articles?fields[0]=nope',
    '/api/newsroom/articles?populate=nope',
    '/api/newsroom/articles?pagination[page]=abc',
    '/api/newsroom/articles?filters[title][$nope]=1',
    '/api/newsroom/bylines?filters[nope][$eq]=1',
    '/api/newsroom/articles/by-slug/mot-bai-da-dang?filters[nope][$eq]=1',
    `/api/newsroom/articles/by-slug/${encodeURIComponent('!!!')}`,
  ])('GET %s → 400', async (route) => {
    expectError(await http(strapi).get(route), 400, 'ValidationError');
  });

  test('an over-long title → 400, and nothing is stored', async () => {
    const before = await strapi.db.query(ARTICLE).count();
    const res = await http(strapi)
      .post('/api/newsroom/articles')
      .set(bearer(token))
      .send({ data: { title: 'Tiêu đề quá dài '.repeat(30) } });
    expectError(res, 400, 'ValidationError');
    expect(res.body.error.message).toMatch(/title/);
    expect(await strapi.db.query(ARTICLE).count()).toBe(before);
  });

  test('a bad byline role → 400', async () => {
    const res = await http(strapi).post('/api/newsroom/bylines').set(bearer(token)).send({ data: { name: 'A', role: 'nope' } });
    expectError(res, 400, 'ValidationError');
  });

  test('a missing data payload → 400', async () => {
    expectError(await http(strapi).post('/api/newsroom/articles').set(bearer(token)).send({}), 400, 'ValidationError');
  });

  test('writes without permission → 403', async () => {
    expectError(await http(strapi).post('/api/newsroom/articles').send({ data: { title: 'Không được phép' } }), 403, 'ForbiddenError');
  });

  test('GraphQL: an over-long title is a BAD_USER_INPUT error', async () => {
    const body = await graphql(
      strapi,
      'mutation ($data: NewsroomArticleInput!) { createNewsroomArticle(data: $data) { slug } }',
      { data: { title: 'x'.repeat(301) } },
      token
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
