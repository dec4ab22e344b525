import type { Core } from '@strapi/strapi';
import { grantRole } from '../../playground/src/seed/permissions';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { addLocale, ARTICLE, createArticle, createByline } from '../helpers/content';
import { bearer, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

/**
 * GET /api/newsroom/{articles,bylines}/by-slug/:slug is a findOne by current or former slug: it
 * takes the query parameters findOne takes, answers what findOne answers for the document found,
 * and adds meta.slug. It is granted by the findOne permission and is no action of its own.
 */

let app: TestApp | undefined;
let strapi: Core.Strapi;
let fullAccess: string;
let adminJwt: string;
const article = { documentId: '', slug: '', former: '', vietnamese: '' };
const byline = { documentId: '', slug: '', former: '' };

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  await grantRole(strapi, 'public', [
    'plugin::newsroom.article.find',
    'plugin::newsroom.article.findOne',
    'plugin::newsroom.byline.find',
    'plugin::newsroom.byline.findOne',
  ]);
  fullAccess = await createApiToken(strapi, 'full-access');
  await createSuperAdmin(strapi);
  const login = await http(strapi).post('/admin/login').send(ADMIN);
  adminJwt = login.body.data.token;

  const reporter = await createByline(strapi, 'Trần Thu Hà');
  byline.documentId = reporter.documentId;
  byline.former = reporter.slug;
  const renamed = await http(strapi)
    .put(`/api/newsroom/bylines/${reporter.documentId}`)
    .set(bearer(fullAccess))
    .send({ data: { name: 'Trần Thị Thu Hà' } });
  byline.slug = renamed.body.data.slug;

  // Published in English and Vietnamese, with a byline; then its slug edited by hand (the former
  // one is remembered), and its English draft edited after publication.
  const doc = await createArticle(
    strapi,
    { title: 'Lũ trên sông Hồng', lead: 'Nước dâng cao', bylines: [reporter.documentId] },
    { status: 'published' }
  );
  article.documentId = doc.documentId;
  article.former = doc.slug;
  const documents = strapi.documents(ARTICLE);
  await documents.update({ documentId: doc.documentId, data: { slug: 'lu-song-hong' } });
  await documents.publish({ documentId: doc.documentId });
  article.slug = 'lu-song-hong';
  const vietnamese = await documents.update({
    documentId: doc.documentId,
    locale: 'vi',
    data: { title: 'Lũ sông Hồng (bản tiếng Việt)' },
    status: 'published',
  } as Parameters<typeof documents.update>[0]);
  article.vietnamese = vietnamese?.slug as string;
  await documents.update({ documentId: doc.documentId, data: { lead: 'Bản nháp chưa duyệt' } });
});
afterAll(() => stopStrapi(app));

const get = (path: string, token?: string) => http(strapi).get(path).set(bearer(token));

describe('the lookup answers as findOne does', () => {
  test('fields: only the fields asked for, with id and documentId; meta.slug still says current or former', async () => {
    const current = await get(`/api/newsroom/articles/by-slug/${article.slug}?fields[0]=title`);
    expect(current.status).toBe(200);
    expect(current.body.data).toEqual({ id: expect.any(Number), documentId: article.documentId, title: 'Lũ trên sông Hồng' });
    expect(current.body.meta).toEqual({ slug: { requested: article.slug, current: article.slug, redirect: false } });

    const former = await get(`/api/newsroom/articles/by-slug/${article.former}?fields[0]=title`);
    expect(former.status).toBe(200);
    expect(former.body.data).toEqual(current.body.data);
    expect(former.body.meta).toEqual({ slug: { requested: article.former, current: article.slug, redirect: true } });
  });

  const ARTICLE_QUERIES: Array<[string, 'public' | 'fullAccess', number]> = [
    ['', 'public', 200],
    ['fields[0]=title&fields[1]=lead', 'public', 200],
    ['fields=title,slug', 'public', 200],
    ['populate=bylines', 'public', 200],
    ['populate[bylines][fields][0]=name', 'public', 200],
    ['populate=*', 'public', 200],
    ['locale=en&fields[0]=title', 'public', 200],
    ['locale=xx', 'public', 404],
    ['status=published', 'public', 200],
    ['status=draft', 'public', 403],
    ['status=draft', 'fullAccess', 200],
    ['status=draft&populate=bylines', 'fullAccess', 200],
    ['filters[title][$containsi]=s%C3%B4ng', 'public', 200],
    ['filters[title][$eq]=khong-co', 'public', 404],
    ['fields[0]=nope', 'public', 400],
    ['populate=nope', 'public', 400],
    ['populate[bylines][fields][0]=email', 'public', 400],
    ['sort=nope', 'public', 400],
    ['locale[$nope]=x', 'public', 400],
    ['filters[$and]=x', 'public', 400],
    ['_q[0]=a', 'public', 400],
  ];

  test.each(ARTICLE_QUERIES)('article ?%s (%s): %i, the same answer as findOne, by current and former slug', async (query, client, status) => {
    const token = client === 'fullAccess' ? fullAccess : undefined;
    const findOne = await get(`/api/newsroom/articles/${article.documentId}?${query}`, token);
    expect(findOne.status).toBe(status);
    for (const slug of [article.slug, article.former]) {
      const bySlug = await get(`/api/newsroom/articles/by-slug/${slug}?${query}`, token);
      expect([slug, bySlug.status, bySlug.body.error?.name]).toEqual([slug, findOne.status, findOne.body.error?.name]);
      expect(bySlug.body.data).toEqual(findOne.body.data);
      if (findOne.status === 200) {
        expect(bySlug.body.meta).toEqual({ slug: { requested: slug, current: article.slug, redirect: slug !== article.slug } });
      }
    }
  });

  test('the status and locale asked for are the ones read', async () => {
    const draft = await get(`/api/newsroom/articles/by-slug/${article.slug}?status=draft&fields[0]=lead`, fullAccess);
    expect(draft.body.data.lead).toBe('Bản nháp chưa duyệt');
    const published = await get(`/api/newsroom/articles/by-slug/${article.slug}?fields[0]=lead`, fullAccess);
    expect(published.body.data.lead).toBe('Nước dâng cao');
    // Slugs are per locale: the Vietnamese version is found by its own slug, in its locale.
    expect(article.vietnamese).toBe('lu-song-hong-ban-tieng-viet');
    for (const [query, token] of [['locale=vi', undefined], ['locale=vi&status=draft', fullAccess], ['locale=vi&populate=bylines', undefined]]) {
      const findOne = await get(`/api/newsroom/articles/${article.documentId}?${query}`, token);
      const bySlug = await get(`/api/newsroom/articles/by-slug/${article.vietnamese}?${query}`, token);
      expect([query, bySlug.status]).toEqual([query, 200]);
      expect(bySlug.body.data).toEqual(findOne.body.data);
      expect(bySlug.body.data.title).toBe('Lũ sông Hồng (bản tiếng Việt)');
      expect(bySlug.body.meta.slug).toEqual({ requested: article.vietnamese, current: article.vietnamese, redirect: false });
    }
    const otherLocale = await get(`/api/newsroom/articles/by-slug/${article.slug}?locale=vi`);
    expect([otherLocale.status, otherLocale.body.error.name]).toEqual([404, 'NotFoundError']);
    const refused = await get(`/api/newsroom/articles/by-slug/${article.slug}?status=draft`);
    expect([refused.status, refused.body.error.name]).toEqual([403, 'PolicyError']);
  });

  const BYLINE_QUERIES: Array<[string, number]> = [
    ['', 200],
    ['fields[0]=name', 200],
    ['fields[0]=email', 400],
    ['populate=avatar', 200],
    ['populate=*', 200],
    ['status=draft', 200],
    ['locale=vi', 200],
    ['fields[0]=nope', 400],
  ];

  test.each(BYLINE_QUERIES)('byline ?%s: %i, the same answer as findOne, by current and former slug', async (query, status) => {
    const findOne = await get(`/api/newsroom/bylines/${byline.documentId}?${query}`);
    expect(findOne.status).toBe(status);
    for (const slug of [byline.slug, byline.former]) {
      const bySlug = await get(`/api/newsroom/bylines/by-slug/${slug}?${query}`);
      expect([slug, bySlug.status, bySlug.body.error?.name]).toEqual([slug, findOne.status, findOne.body.error?.name]);
      expect(bySlug.body.data).toEqual(findOne.body.data);
      if (findOne.status === 200) {
        expect(bySlug.body.meta).toEqual({ slug: { requested: slug, current: byline.slug, redirect: slug !== byline.slug } });
      }
    }
  });

  test('a renamed byline: its former slug answers with a redirect hint to the current one', async () => {
    expect(byline.former).toBe('tran-thu-ha');
    expect(byline.slug).toBe('tran-thi-thu-ha');
    const former = await get(`/api/newsroom/bylines/by-slug/${byline.former}?fields[0]=name`);
    expect(former.status).toBe(200);
    expect(former.body.data).toEqual({ id: expect.any(Number), documentId: byline.documentId, name: 'Trần Thị Thu Hà' });
    expect(former.body.meta.slug).toEqual({ requested: 'tran-thu-ha', current: 'tran-thi-thu-ha', redirect: true });
  });

  test('Strapi-Response-Format: v4 shapes the lookup as it shapes findOne', async () => {
    const v4 = { 'Strapi-Response-Format': 'v4' };
    const findOne = await get(`/api/newsroom/articles/${article.documentId}?fields[0]=title`).set(v4);
    const bySlug = await get(`/api/newsroom/articles/by-slug/${article.former}?fields[0]=title`).set(v4);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toEqual(findOne.body.data);
    expect(bySlug.body.data).toEqual({ id: expect.any(Number), documentId: article.documentId, attributes: { title: 'Lũ trên sông Hồng' } });
  });
});

describe('permissions: the findOne permission, and no action of its own', () => {
  test("the Users & Permissions role editor lists the types' actions, without findBySlug", async () => {
    const res = await http(strapi).get('/users-permissions/permissions').set(bearer(adminJwt));
    expect(res.status).toBe(200);
    const controllers = res.body.permissions['plugin::newsroom'].controllers;
    expect(Object.keys(controllers.article).sort()).toEqual(['create', 'delete', 'find', 'findOne', 'update']);
    expect(Object.keys(controllers.byline).sort()).toEqual(['create', 'delete', 'find', 'findOne', 'update']);
  });

  test("an API token's custom permissions list no findBySlug either", async () => {
    const res = await http(strapi).get('/admin/content-api/permissions').set(bearer(adminJwt));
    expect(res.status).toBe(200);
    const controllers = res.body.data['plugin::newsroom'].controllers;
    expect([...controllers.article].sort()).toEqual(['create', 'delete', 'find', 'findOne', 'update']);
    expect([...controllers.byline].sort()).toEqual(['create', 'delete', 'find', 'findOne', 'update']);
    const actions = [...strapi.contentAPI.permissions.providers.action.keys()];
    expect(actions).toEqual(expect.arrayContaining(['plugin::newsroom.article.findOne', 'plugin::newsroom.byline.findOne']));
    expect(actions.filter((action) => action.includes('findBySlug'))).toEqual([]);
  });

  test.each([
    ['findOne', 200],
    ['find', 403],
  ] as const)('a custom token granted article.%s only: %i', async (action, status) => {
    const permissions = [`plugin::newsroom.article.${action}`];
    const token = await createApiToken(strapi, 'custom', permissions);
    const res = await get(`/api/newsroom/articles/by-slug/${article.slug}`, token);
    expect(res.status).toBe(status);
  });

  test('a read-only token, and the public role with findOne', async () => {
    expect((await get(`/api/newsroom/articles/by-slug/${article.slug}`, await createApiToken(strapi, 'read-only'))).status).toBe(200);
    expect((await get(`/api/newsroom/bylines/by-slug/${byline.slug}`)).status).toBe(200);
  });
});
