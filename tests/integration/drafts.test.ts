import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { createArticle } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';
import { loginAuthenticatedUser } from '../helpers/users';

let app: TestApp | undefined;
let strapi: Core.Strapi;
const clients: Record<string, string | undefined> = {};
let published: { documentId: string; slug: string };
let draft: { documentId: string; slug: string };
let modified: { documentId: string; slug: string };

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  await grantRole(strapi, 'authenticated', PUBLIC_READ_ACTIONS);
  clients.public = undefined;
  clients.authenticated = await loginAuthenticatedUser(strapi);
  clients.readOnly = await createApiToken(strapi, 'read-only');
  clients.fullAccess = await createApiToken(strapi, 'full-access');
  clients.custom = await createApiToken(strapi, 'custom', ['plugin::newsroom.article.find', 'plugin::newsroom.article.findOne']);

  published = await createArticle(strapi, { title: 'Tin đã đăng' }, { status: 'published' });
  draft = await createArticle(strapi, { title: 'Tin cấm đăng trước giờ G' });
  // Published, then edited: the draft row carries an unreleased title.
  modified = await createArticle(strapi, { title: 'Bản đã đăng' }, { status: 'published' });
  await strapi.documents('plugin::newsroom.article').update({ documentId: modified.documentId, data: { title: 'Bản sửa chưa duyệt' } });
});
afterAll(() => stopStrapi(app));

const restricted = ['public', 'authenticated', 'readOnly'] as const;
const trusted = ['fullAccess', 'custom'] as const;

describe('REST', () => {
  test.each([...restricted, ...trusted])('%s: the default listing holds published articles only', async (client) => {
    const res = await http(strapi).get('/api/newsroom/articles').set(bearer(clients[client]));
    expect(res.status).toBe(200);
    const titles = res.body.data.map((a: { title: string }) => a.title).sort();
    expect(titles).toEqual(['Bản đã đăng', 'Tin đã đăng']);
    expect(res.body.meta.pagination.total).toBe(2);
  });

  test.each(restricted)('%s: ?status=draft is refused on every read route', async (client) => {
    const routes = [
      '/api/newsroom/articles?status=draft',
      `/api/newsroom/articles/${draft.documentId}?status=draft`,
      `/api/newsroom/articles/${modified.documentId}?status=draft`,
      `/api/newsroom/articles/by-slug/${draft.slug}?status=draft`,
    ];
    for (const route of routes) {
      const res = await http(strapi).get(route).set(bearer(clients[client]));
      expect([route, res.status]).toEqual([route, 403]);
      expect(res.body.error).toMatchObject({ name: 'PolicyError', message: expect.stringMatching(/^Drafts are not available/) });
      expect(JSON.stringify(res.body)).not.toContain('cấm đăng');
      expect(JSON.stringify(res.body)).not.toContain('chưa duyệt');
    }
  });

  test.each(restricted)('%s: a draft-only article is not found by id or slug', async (client) => {
    for (const route of [`/api/newsroom/articles/${draft.documentId}`, `/api/newsroom/articles/by-slug/${draft.slug}`]) {
      const res = await http(strapi).get(route).set(bearer(clients[client]));
      expect([route, res.status]).toEqual([route, 404]);
    }
    const edited = await http(strapi).get(`/api/newsroom/articles/${modified.documentId}`).set(bearer(clients[client]));
    expect(edited.body.data.title).toBe('Bản đã đăng');
  });

  test.each(trusted)('%s: drafts are readable with ?status=draft', async (client) => {
    const list = await http(strapi).get('/api/newsroom/articles?status=draft').set(bearer(clients[client]));
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: { title: string }) => a.title)).toContain('Tin cấm đăng trước giờ G');
    const one = await http(strapi).get(`/api/newsroom/articles/${modified.documentId}?status=draft`).set(bearer(clients[client]));
    expect(one.body.data.title).toBe('Bản sửa chưa duyệt');
    const bySlug = await http(strapi).get(`/api/newsroom/articles/by-slug/${draft.slug}?status=draft`).set(bearer(clients[client]));
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.documentId).toBe(draft.documentId);
  });
});

describe('writers', () => {
  test('a users-permissions role granted create still writes, drafts included', async () => {
    await grantRole(strapi, 'authenticated', ['plugin::newsroom.article.create']);
    const res = await http(strapi)
      .post('/api/newsroom/articles?status=draft')
      .set(bearer(clients.authenticated))
      .send({ data: { title: 'Bài cộng tác viên gửi' } });
    expect(res.status).toBe(201);
    // The answer follows the read rule: a receipt of the draft, not its content.
    expect(Object.keys(res.body.data).sort()).toEqual(['documentId', 'id', 'locale', 'publishedAt']);
    expect(res.body.data.publishedAt).toBeNull();
    const stored = await strapi.db.query('plugin::newsroom.article').findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored).toMatchObject({ title: 'Bài cộng tác viên gửi', slug: 'bai-cong-tac-vien-gui', publishedAt: null });
    const list = await http(strapi).get('/api/newsroom/articles?status=draft').set(bearer(clients.authenticated));
    expect(list.status).toBe(403);
  });
});

describe('GraphQL', () => {
  const queries = {
    list: ['query { newsroomArticles(status: DRAFT) { title } }', {}],
    connection: ['query { newsroomArticles_connection(status: DRAFT) { nodes { title } } }', {}],
    one: ['query ($id: ID!) { newsroomArticle(documentId: $id, status: DRAFT) { title } }', { id: 'x' }],
  } as const;

  test.each(restricted)('%s: status DRAFT is refused on every query', async (client) => {
    for (const [name, [query, variables]] of Object.entries(queries)) {
      const vars = name === 'one' ? { id: modified.documentId } : variables;
      const body = await graphql(strapi, query, vars, clients[client]);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/^Drafts are not available/);
      expect(JSON.stringify(body)).not.toContain('chưa duyệt');
      expect(JSON.stringify(body)).not.toContain('cấm đăng');
    }
  });

  test.each(restricted)('%s: the default status is published', async (client) => {
    const body = await graphql(strapi, 'query { newsroomArticles { title } }', {}, clients[client]);
    expect(body.errors).toBeUndefined();
    const titles = (body.data?.newsroomArticles as Array<{ title: string }>).map((a) => a.title).sort();
    expect(titles).toEqual(['Bản đã đăng', 'Tin đã đăng']);
  });

  test.each(trusted)('%s: status DRAFT is served', async (client) => {
    const body = await graphql(strapi, queries.one[0], { id: modified.documentId }, clients[client]);
    expect(body.errors).toBeUndefined();
    expect(body.data?.newsroomArticle).toEqual({ title: 'Bản sửa chưa duyệt' });
  });
});

describe('configuration', () => {
  test('drafts.readOnlyTokens lets read-only tokens preview drafts', async () => {
    const config = strapi.config.get<Record<string, unknown>>('plugin::newsroom');
    strapi.config.set('plugin::newsroom.drafts.readOnlyTokens', true);
    try {
      const res = await http(strapi).get('/api/newsroom/articles?status=draft').set(bearer(clients.readOnly));
      expect(res.status).toBe(200);
    } finally {
      strapi.config.set('plugin::newsroom', config);
    }
  });
});
