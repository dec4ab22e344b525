/**
 * Strapi's `_q` searches every string column of a type, private ones included, unless the column
 * is `searchable: false`: a search for a fragment of a byline's email would tell which byline has
 * it. The plugin marks every private attribute of its types unsearchable; this proves it on the
 * wire and, generically, on the database metadata (so later private fields are covered too).
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { BYLINE, createArticle, createByline } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';
import { loginAuthenticatedUser } from '../helpers/users';

const EMAIL = 'thuthuy.rieng@toasoan-kin.vn';
const FRAGMENT = 'toasoan-kin'; // in the email only: not in any name, slug, organization or bio

let app: TestApp | undefined;
let strapi: Core.Strapi;
const clients: Record<string, string | undefined> = {};
const everyone = ['public', 'authenticated', 'readOnly', 'fullAccess'] as const;

type Attribute = { type: string; private?: boolean; searchable?: boolean };

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  await grantRole(strapi, 'authenticated', PUBLIC_READ_ACTIONS);
  clients.public = undefined;
  clients.authenticated = await loginAuthenticatedUser(strapi);
  clients.readOnly = await createApiToken(strapi, 'read-only');
  clients.fullAccess = await createApiToken(strapi, 'full-access');
  const byline = await createByline(strapi, 'Thu Thủy', { email: EMAIL, organization: 'Báo Tỉnh Nam', role: 'reporter' });
  await createByline(strapi, 'Đức Thắng', { organization: 'Báo Tỉnh Nam' });
  await createArticle(strapi, { title: 'Giá cà phê vượt đỉnh', bylines: [byline.documentId] }, { status: 'published' });
  await createArticle(strapi, { title: 'Giá lúa chưa công bố' });
});
afterAll(() => stopStrapi(app));

const get = (path: string, client: string) => http(strapi).get(path).set(bearer(clients[client]));
const names = (body: { data: Array<{ name: string }> }) => body.data.map((row) => row.name).sort();

describe('_q on bylines', () => {
  const searches = [
    ['/api/newsroom/bylines?_q=%40', '/api/newsroom/bylines?_q=khongcodau'],
    [`/api/newsroom/bylines?_q=${FRAGMENT}`, '/api/newsroom/bylines?_q=khongcodau'],
    [`/api/newsroom/bylines?filters[slug][$eq]=thu-thuy&_q=${FRAGMENT}`, '/api/newsroom/bylines?filters[slug][$eq]=thu-thuy&_q=khongcodau'],
    [`/api/newsroom/bylines?filters[slug][$eq]=thu-thuy&_q=${encodeURIComponent(EMAIL)}`, '/api/newsroom/bylines?filters[slug][$eq]=thu-thuy&_q=khongcodau'],
  ];

  test.each(everyone)('%s: a fragment of an email finds nothing (the same answer as a word found nowhere)', async (client) => {
    for (const [search, control] of searches) {
      const [found, nothing] = [await get(search, client), await get(control, client)];
      expect([search, found.status, nothing.status]).toEqual([search, 200, 200]);
      expect([search, found.body]).toEqual([search, nothing.body]);
      expect(found.body.data).toEqual([]);
      expect(JSON.stringify(found.body)).not.toContain(EMAIL);
    }
  });

  test.each(everyone)('%s: _q still searches the public fields', async (client) => {
    const byName = await get('/api/newsroom/bylines?_q=Th%E1%BB%A7y', client);
    expect(byName.status).toBe(200);
    expect(names(byName.body)).toEqual(['Thu Thủy']);
    const byOrganization = await get('/api/newsroom/bylines?_q=T%E1%BB%89nh%20Nam', client);
    expect(names(byOrganization.body)).toEqual(['Thu Thủy', 'Đức Thắng'].sort());
    const bySlug = await get('/api/newsroom/bylines?filters[slug][$eq]=thu-thuy&_q=thu', client);
    expect(names(bySlug.body)).toEqual(['Thu Thủy']);
  });

  test('control: were the email searchable, the same search would find the byline', async () => {
    const email = strapi.db.metadata.get(BYLINE).attributes.email as Attribute;
    const saved = email.searchable;
    email.searchable = true;
    try {
      const res = await get(`/api/newsroom/bylines?_q=${FRAGMENT}`, 'public');
      expect(res.status).toBe(200);
      expect(names(res.body)).toEqual(['Thu Thủy']);
      expect(JSON.stringify(res.body)).not.toContain(EMAIL); // still private in the answer
    } finally {
      email.searchable = saved;
    }
  });
});

describe('_q on articles', () => {
  test.each(everyone)('%s: finds published titles, and no draft', async (client) => {
    const found = await get('/api/newsroom/articles?_q=c%C3%A0%20ph%C3%AA', client);
    expect(found.status).toBe(200);
    expect(found.body.data.map((a: { title: string }) => a.title)).toEqual(['Giá cà phê vượt đỉnh']);
    const draft = await get('/api/newsroom/articles?_q=c%C3%B4ng%20b%E1%BB%91', client);
    expect(draft.status).toBe(200);
    expect(draft.body.data).toEqual([]);
  });

  test('fullAccess: finds the draft when asking for drafts', async () => {
    const res = await get('/api/newsroom/articles?status=draft&_q=c%C3%B4ng%20b%E1%BB%91', 'fullAccess');
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: { title: string }) => a.title)).toEqual(['Giá lúa chưa công bố']);
  });

  test('the email of a related byline is not searched from articles', async () => {
    const res = await get(`/api/newsroom/articles?_q=${FRAGMENT}`, 'fullAccess');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });
});

describe('other ways to test an email', () => {
  test.each([
    `/api/newsroom/articles?filters[bylines][email][$contains]=${FRAGMENT}`,
    '/api/newsroom/articles?sort=bylines.email',
    `/api/newsroom/articles?populate[bylines][filters][email][$contains]=${FRAGMENT}`,
    '/api/newsroom/articles?populate[bylines][sort]=email',
  ])('through a relation, it is refused: %s', async (path) => {
    const res = await get(path, 'public');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(res.body)).not.toContain(EMAIL);
  });

  test('GraphQL has no email filter, at the root or through a relation', async () => {
    for (const query of [
      `query { newsroomBylines(filters: { email: { contains: "${FRAGMENT}" } }) { name } }`,
      `query { newsroomArticles(filters: { bylines: { email: { contains: "${FRAGMENT}" } } }) { title } }`,
    ]) {
      const body = await graphql(strapi, query, {}, clients.fullAccess);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/"email" is not defined/);
    }
  });
});

describe('every private attribute of the plugin is unsearchable', () => {
  const privateAttributes = () =>
    Object.values(strapi.contentTypes)
      .filter((contentType) => contentType.uid.startsWith('plugin::newsroom.'))
      .flatMap((contentType) =>
        Object.entries(contentType.attributes as Record<string, Attribute>)
          .filter(([, attribute]) => attribute.private)
          .map(([name]) => [contentType.uid, name] as const)
      );

  test('in the database metadata that _q reads', () => {
    const found = privateAttributes();
    expect(found).toEqual(expect.arrayContaining([[BYLINE, 'email']]));
    for (const [uid, name] of found) {
      const attribute = strapi.db.metadata.get(uid).attributes[name] as Attribute;
      expect([uid, name, attribute.searchable]).toEqual([uid, name, false]);
    }
  });

  test('the email is a column _q would search otherwise', () => {
    const email = strapi.db.metadata.get(BYLINE).attributes.email as Attribute;
    expect(email.type).toBe('email');
  });
});
