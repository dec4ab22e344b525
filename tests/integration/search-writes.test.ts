/**
 * Issue 8 §1: the search index follows every write path, not only the document service that
 * `search.test.ts` drives: the Content Manager's own routes (create-and-publish in one outer
 * transaction, publish, unpublish, discard, bulk actions, delete), concurrent editors, REST and
 * GraphQL writes. And the backend is one replaceable module: a backend written against the
 * documented interface alone takes over writes and answers.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import type { SearchBackend } from '../../server/src/delivery/search/search-backend';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { adminLogin } from '../helpers/admin-api';
import { ARTICLE, createArticle } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { memorySearchBackend } from '../helpers/memory-search-backend';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let fullAccess: string;

const CM = `/content-manager/collection-types/${ARTICLE}`;
const LOCALE = { locale: 'en' };

const cm = () => ({
  post: (path: string, body: unknown = {}) => http(strapi).post(`${CM}${path}`).query(LOCALE).set(bearer(admin)).send(body as object),
  put: (path: string, body: unknown) => http(strapi).put(`${CM}${path}`).query(LOCALE).set(bearer(admin)).send(body as object),
  del: (path: string) => http(strapi).delete(`${CM}${path}`).query(LOCALE).set(bearer(admin)),
});

/**
 * The documentIds a search finds (one page of 50). The total must agree: the route skips an index
 * entry whose row is no longer published, so a stale entry shows only in the count.
 */
const found = async (q: string): Promise<string[]> => {
  const res = await http(strapi).get('/api/newsroom/articles/search').query({ q, pageSize: '50' });
  expect([q, res.status]).toEqual([q, 200]);
  const ids = (res.body.data as Array<{ documentId: string }>).map((hit) => hit.documentId);
  expect([q, res.body.meta.pagination.total]).toEqual([q, ids.length]);
  return ids;
};
const titlesFound = async (q: string): Promise<string[]> => {
  const res = await http(strapi).get('/api/newsroom/articles/search').query({ q, pageSize: '50' });
  return (res.body.data as Array<{ title: string }>).map((hit) => hit.title).sort();
};

const ok = (res: { status: number; body: { error?: { message?: string } } }) => {
  expect([res.status, res.body?.error?.message ?? null]).toEqual([200, null]);
};

/** The index's rows against the article table's published rows (ids), both sorted. */
const indexMatchesPublished = async () => {
  const knex = strapi.db.connection;
  const published = (await knex('newsroom_articles').whereNotNull('published_at').select('id')).map((row) => Number(row.id));
  const indexed = (await knex('newsroom_search_index').select('id')).map((row) => Number(row.id));
  expect(indexed.sort((a, b) => a - b)).toEqual(published.sort((a, b) => a - b));
};

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  await createSuperAdmin(strapi);
  admin = await adminLogin(strapi, ADMIN);
  fullAccess = await createApiToken(strapi, 'full-access');
});
afterAll(() => stopStrapi(app));

describe('the Content Manager', () => {
  test('Publish of a new article (create and publish in one transaction), then edit, unpublish, discard, delete', async () => {
    const created = await cm().post('/actions/publish', { title: 'Lễ hội cồng chiêng Tây Nguyên', lead: 'Đêm hội bên nhà rông.' });
    ok(created);
    const id = created.body.data.documentId as string;
    expect(await found('cong chieng')).toEqual([id]);

    // A draft edit is not searchable until it is published.
    ok(await cm().put(`/${id}`, { title: 'Lễ hội đâm trâu Tây Nguyên' }));
    expect(await found('cong chieng')).toEqual([id]);
    expect(await found('dam trau')).toEqual([]);
    // Discarding the draft keeps the published version (and the index) as it was.
    ok(await cm().post(`/${id}/actions/discard`));
    expect(await found('cong chieng')).toEqual([id]);

    ok(await cm().post(`/${id}/actions/publish`, { title: 'Lễ hội đâm trâu Tây Nguyên' }));
    expect(await found('dam trau')).toEqual([id]);
    expect(await found('cong chieng')).toEqual([]);

    ok(await cm().post(`/${id}/actions/unpublish`));
    expect(await found('dam trau')).toEqual([]);
    await indexMatchesPublished();
    ok(await cm().post(`/${id}/actions/publish`));
    expect(await found('dam trau')).toEqual([id]);

    ok(await cm().del(`/${id}`));
    expect(await found('dam trau')).toEqual([]);
    await indexMatchesPublished();
  });

  test('bulk publish and bulk unpublish', async () => {
    const ids: string[] = [];
    for (const place of ['Kon Tum', 'Gia Lai', 'Đắk Nông']) {
      ids.push((await createArticle(strapi, { title: `Mùa mưa ở ${place}`, lead: 'Ảnh phóng sự.' })).documentId);
    }
    expect(await found('mua mua')).toEqual([]);
    ok(await cm().post('/actions/bulkPublish', { documentIds: ids }));
    expect((await found('mua mua')).sort()).toEqual([...ids].sort());
    ok(await cm().post('/actions/bulkUnpublish', { documentIds: ids.slice(0, 2) }));
    expect(await found('mua mua')).toEqual([ids[2]]);
    await indexMatchesPublished();
    ok(await cm().post('/actions/bulkDelete', { documentIds: ids }));
    expect(await found('mua mua')).toEqual([]);
    await indexMatchesPublished();
  });

  test('editors at once: 12 new articles published and 6 published ones edited and republished concurrently', async () => {
    const existing: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      existing.push((await createArticle(strapi, { title: `Bản tin sáng số ${n}`, lead: 'Tin vắn.' }, { status: 'published' })).documentId);
    }
    const responses = await Promise.all([
      ...Array.from({ length: 12 }, (_, n) => cm().post('/actions/publish', { title: `Hội thi đua thuyền lần ${n}`, lead: 'Trên sông Đắk Bla.' })),
      ...existing.map((id, n) => cm().post(`/${id}/actions/publish`, { title: `Bản tin chiều số ${n}` })),
    ]);
    for (const res of responses) ok(res);
    const created = responses.slice(0, 12).map((res) => res.body.data.documentId as string);

    expect((await found('dua thuyen')).sort()).toEqual([...created].sort());
    expect((await found('dak bla')).sort()).toEqual([...created].sort());
    expect((await found('ban tin chieu')).sort()).toEqual([...existing].sort());
    expect(await found('ban tin sang')).toEqual([]);
    await indexMatchesPublished();
  });
});

describe('REST and GraphQL writes', () => {
  test('REST create (published by default), update, delete', async () => {
    const created = await http(strapi)
      .post('/api/newsroom/articles')
      .set(bearer(fullAccess))
      .send({ data: { title: 'Khánh thành cầu treo Đăk Rơ Wa', lead: 'Người dân hai bờ vui mừng.' } });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect(await found('cau treo dak ro wa')).toEqual([id]);

    const updated = await http(strapi)
      .put(`/api/newsroom/articles/${id}`)
      .set(bearer(fullAccess))
      .send({ data: { title: 'Thông xe cầu treo Đăk Rơ Wa' } });
    expect(updated.status).toBe(200);
    expect(await titlesFound('cau treo')).toEqual(['Thông xe cầu treo Đăk Rơ Wa']);

    expect((await http(strapi).delete(`/api/newsroom/articles/${id}`).set(bearer(fullAccess))).status).toBe(204);
    expect(await found('cau treo')).toEqual([]);
  });

  test('a REST draft (?status=draft) is not found', async () => {
    const res = await http(strapi)
      .post('/api/newsroom/articles')
      .query({ status: 'draft' })
      .set(bearer(fullAccess))
      .send({ data: { title: 'Bản nháp về rừng khộp' } });
    expect(res.status).toBe(201);
    expect(await found('rung khop')).toEqual([]);
  });

  test('GraphQL create and update', async () => {
    const created = await graphql(
      strapi,
      'mutation ($data: NewsroomArticleInput!) { createNewsroomArticle(data: $data) { documentId } }',
      { data: { title: 'Mùa hoa cà phê nở trắng đồi' } },
      fullAccess
    );
    expect(created.errors).toBeUndefined();
    const id = (created.data!.createNewsroomArticle as { documentId: string }).documentId;
    expect(await found('hoa ca phe')).toEqual([id]);
    const updated = await graphql(
      strapi,
      'mutation ($id: ID!, $data: NewsroomArticleInput!) { updateNewsroomArticle(documentId: $id, data: $data) { documentId } }',
      { id, data: { title: 'Mùa hoa mắc ca' } },
      fullAccess
    );
    expect(updated.errors).toBeUndefined();
    expect(await found('hoa ca phe')).toEqual([]);
    expect(await found('mac ca')).toEqual([id]);
  });
});

describe('another backend through the documented interface', () => {
  let own: SearchBackend;
  const index = () => strapi.plugin('newsroom').service('search-index');

  afterAll(async () => {
    if (own) index().use(own);
  });

  test('it is filled at start-up, kept on writes and answers the route', async () => {
    own = index().backend();
    const memory = memorySearchBackend(strapi);
    index().use(memory.backend);
    expect(index().backend().name).toBe('memory');

    // What the plugin's bootstrap does: prepare, then index every published row it is missing.
    await index().prepare();
    await index().ready();
    const published = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
    expect(memory.entries.size).toBe(published);
    expect(published).toBeGreaterThan(10);

    const doc = await createArticle(strapi, { title: 'Chợ phiên vùng cao', lead: 'Gùi hàng xuống núi.' }, { status: 'published' });
    // The backend is handed folded, padded text and only published rows.
    const entry = [...memory.entries.values()].find((row) => row.documentId === doc.documentId);
    expect(entry).toMatchObject({ title: ' cho phien vung cao ', lead: ' gui hang xuong nui ', locale: 'en' });

    // The route's answer now comes from this backend, snippets and ranges made by the plugin.
    const res = await http(strapi).get('/api/newsroom/articles/search').query({ q: 'cho phien' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([expect.objectContaining({ documentId: doc.documentId, title: 'Chợ phiên vùng cao', titleRanges: [[0, 3], [4, 9]] })]);
    // The database's own index is no longer written.
    const knex = strapi.db.connection;
    expect(Number((await knex('newsroom_search_index').where({ document_id: doc.documentId }).count({ n: '*' }))[0].n)).toBe(0);

    await strapi.documents(ARTICLE).unpublish({ documentId: doc.documentId });
    expect(await found('cho phien')).toEqual([]);
    expect(memory.replaced.at(-1)).toEqual({ documentIds: [doc.documentId], rows: [] });
  });

  test('back on the database backend, start-up catch-up indexes what was written meanwhile', async () => {
    index().use(own);
    const doc = await createArticle(strapi, { title: 'Chợ phiên Măng Đen' }, { status: 'published' });
    expect(await found('mang den')).toEqual([doc.documentId]);
    await index().prepare();
    await index().ready();
    await indexMatchesPublished();
  });
});
