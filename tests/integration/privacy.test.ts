import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { createArticle, createByline } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

const EMAIL = 'thuthuy.private@example.vn';
let app: TestApp | undefined;
let strapi: Core.Strapi;
let token: string;
let article: { documentId: string; slug: string };
let bylineId: string;

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  token = await createApiToken(strapi, 'full-access');
  const byline = await createByline(strapi, 'Thu Thủy', { email: EMAIL, role: 'reporter' });
  bylineId = byline.documentId;
  article = await createArticle(strapi, { title: 'Tác giả không lộ email', bylines: [bylineId] }, { status: 'published' });
});
afterAll(() => stopStrapi(app));

describe('byline emails never leave the server', () => {
  test('the email is stored', async () => {
    const row = await strapi.db.query('plugin::newsroom.byline').findOne({ where: { documentId: bylineId } });
    expect(row.email).toBe(EMAIL);
  });

  const routes = () => [
    '/api/newsroom/bylines',
    `/api/newsroom/bylines/${bylineId}`,
    '/api/newsroom/articles?populate=bylines',
    '/api/newsroom/articles?populate=*',
    `/api/newsroom/articles/by-slug/${article.slug}?populate=bylines`,
  ];

  test.each([
    ['public', undefined],
    ['full-access token', 'token'],
  ])('REST answers (%s)', async (_, who) => {
    for (const route of routes()) {
      const res = await http(strapi).get(route).set(bearer(who ? token : undefined));
      expect([route, res.status]).toEqual([route, 200]);
      expect(JSON.stringify(res.body)).toContain('Thu Thủy');
      expect(JSON.stringify(res.body)).not.toContain(EMAIL);
    }
  });

  test.each([
    `/api/newsroom/bylines?filters[email][$eq]=${encodeURIComponent(EMAIL)}`,
    '/api/newsroom/bylines?fields[0]=email',
    '/api/newsroom/bylines?sort=email',
    '/api/newsroom/articles?populate[bylines][fields][0]=email&populate[bylines][fields][1]=name',
  ])('asking for, filtering or sorting on the email is refused: %s', async (route) => {
    const res = await http(strapi).get(route);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain(EMAIL);
  });

  test('GraphQL answers and schema', async () => {
    const body = await graphql(strapi, 'query { newsroomBylines { name } newsroomArticles { bylines { name } } }', {}, token);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).toContain('Thu Thủy');

    const one = await graphql(strapi, 'query ($id: ID!) { newsroomByline(documentId: $id) { name slug role } }', { id: bylineId });
    expect(one.errors).toBeUndefined();
    expect(one.data?.newsroomByline).toEqual({ name: 'Thu Thủy', slug: 'thu-thuy', role: 'reporter' });

    const asked = await graphql(strapi, 'query { newsroomBylines { email } }', {}, token);
    expect(asked.errors?.[0]?.message).toMatch(/Cannot query field "email"/);

    const schema = await graphql(
      strapi,
      `query ($name: String!, $filters: String!) {
        type: __type(name: $name) { fields { name } }
        filters: __type(name: $filters) { inputFields { name } }
      }`,
      { name: 'NewsroomByline', filters: 'NewsroomBylineFiltersInput' }
    );
    const type = schema.data?.type as { fields: Array<{ name: string }> };
    const filters = schema.data?.filters as { inputFields: Array<{ name: string }> };
    expect(type.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['name', 'slug', 'role', 'organization']));
    expect(type.fields.map((f) => f.name)).not.toContain('email');
    expect(filters.inputFields.map((f) => f.name)).toContain('name');
    expect(filters.inputFields.map((f) => f.name)).not.toContain('email');
  });

  test('the slug history type is not in the GraphQL schema', async () => {
    const body = await graphql(strapi, 'query { __schema { types { name } } }');
    const names = (body.data?.__schema as { types: Array<{ name: string }> }).types.map((t) => t.name);
    expect(names).toContain('NewsroomArticle');
    expect(names.some((n) => /SlugRedirect/i.test(n))).toBe(false);
  });
});
