import type { Core } from '@strapi/strapi';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { ARTICLE, createArticle, createByline, rowsOf } from '../helpers/content';
import { bearer, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

/**
 * State the server derives (slug choice and its hand-set flag, originalPublishedAt, bylineText,
 * slug history): true after every write path, and written in the write's own transaction.
 */
const CM = `/content-manager/collection-types/${ARTICLE}`;
const REDIRECT = 'plugin::newsroom.slug-redirect';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let token: string;
let readToken: string;

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await createSuperAdmin(strapi);
  const login = await http(strapi).post('/admin/login').send(ADMIN);
  expect(login.status).toBe(200);
  admin = login.body.data.token;
  token = await createApiToken(strapi, 'full-access');
  readToken = await createApiToken(strapi, 'read-only');
});
afterAll(() => stopStrapi(app));

const historyOf = (documentId: string) => strapi.db.query(REDIRECT).findMany({ where: { targetDocumentId: documentId } });
const articleCount = () => strapi.db.query(ARTICLE).count();

/** What the admin's edit form holds for a stored document: its fields, nulls and metadata left out. */
const formOf = async (documentId: string): Promise<Record<string, unknown>> => {
  const res = await http(strapi).get(`${CM}/${documentId}`).query({ locale: 'en' }).set(bearer(admin));
  expect(res.status).toBe(200);
  const { id, documentId: _d, createdAt, updatedAt, publishedAt, createdBy, updatedBy, localizations, status, bylines, ...fields } =
    res.body.data;
  const form = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  return { ...form, bylines: { connect: [], disconnect: [] } };
};

/** Makes one method of one of the plugin's services throw while `run` runs. */
const failing = async <T>(service: string, method: string, run: () => Promise<T>): Promise<T> => {
  const target = strapi.plugin('newsroom').service(service) as Record<string, unknown>;
  const original = target[method];
  target[method] = async () => {
    throw new Error(`${service}.${method} failed on purpose`);
  };
  try {
    return await run();
  } finally {
    target[method] = original;
  }
};

const expectServerError = (res: { status: number; body: { data?: unknown; error?: Record<string, unknown> } }) => {
  expect(res.status).toBe(500);
  expect(res.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });
};

describe('the Content Manager\'s "Duplicate" of a published article', () => {
  test('is a never-published copy: no originalPublishedAt, its slug follows its title, no slug history', async () => {
    const source = await createArticle(strapi, { title: 'Khai mạc lễ hội hoa Đà Lạt', lead: 'Sapo của bài gốc' }, { status: 'published' });
    for (const row of await rowsOf(strapi, source.documentId)) expect(row.originalPublishedAt).not.toBeNull();

    // The clone form starts from the source's values (slug and server-owned fields included) and is saved as is.
    const form = await formOf(source.documentId);
    expect(form).toMatchObject({ slug: 'khai-mac-le-hoi-hoa-da-lat', originalPublishedAt: expect.any(String) });
    const cloned = await http(strapi).post(`${CM}/clone/${source.documentId}`).query({ locale: 'en' }).set(bearer(admin)).send(form);
    expect(cloned.status).toBe(200);
    const copyId = cloned.body.data.documentId as string;
    expect(copyId).not.toBe(source.documentId);
    expect(cloned.body.data).toMatchObject({ title: 'Khai mạc lễ hội hoa Đà Lạt', slug: 'khai-mac-le-hoi-hoa-da-lat-2', originalPublishedAt: null, publishedAt: null });
    let rows = await rowsOf(strapi, copyId);
    expect(rows.map((row) => [row.publishedAt, row.originalPublishedAt, row.slugManual])).toEqual([[null, null, false]]);

    // Later edits in the admin form (which sends the slug back): the slug follows the new title.
    const edited = await http(strapi)
      .put(`${CM}/${copyId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(copyId)), title: 'Bế mạc lễ hội hoa Đà Lạt' });
    expect(edited.status).toBe(200);
    expect(edited.body.data.slug).toBe('be-mac-le-hoi-hoa-da-lat');
    // A slug set by hand on the copy is not a public slug moving: nothing to remember.
    const byHand = await http(strapi)
      .put(`${CM}/${copyId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(copyId)), slug: 'le-hoi-hoa-da-lat-be-mac' });
    expect(byHand.status).toBe(200);
    expect(byHand.body.data.slug).toBe('le-hoi-hoa-da-lat-be-mac');
    rows = await rowsOf(strapi, copyId);
    expect(rows.map((row) => [row.slug, row.publishedAt, row.originalPublishedAt])).toEqual([['le-hoi-hoa-da-lat-be-mac', null, null]]);
    expect(await historyOf(copyId)).toEqual([]);

    // The source is untouched.
    const sourceRows = await rowsOf(strapi, source.documentId);
    expect(sourceRows.map((row) => row.slug)).toEqual(['khai-mac-le-hoi-hoa-da-lat', 'khai-mac-le-hoi-hoa-da-lat']);
    for (const row of sourceRows) expect(row.originalPublishedAt).not.toBeNull();

    // Duplicated again, with a new title typed in the form (which still shows the source's slug):
    // the copy's slug is its own title's, and keeps following it.
    const retitled = await http(strapi)
      .post(`${CM}/clone/${source.documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...form, title: 'Lễ hội hoa Đà Lạt kéo dài thêm ba ngày' });
    expect(retitled.status).toBe(200);
    const secondId = retitled.body.data.documentId as string;
    expect(retitled.body.data.slug).toBe('le-hoi-hoa-da-lat-keo-dai-them-ba-ngay');
    const followed = await http(strapi)
      .put(`${CM}/${secondId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(secondId)), title: 'Lễ hội hoa Đà Lạt kéo dài đến cuối tuần' });
    expect(followed.status).toBe(200);
    expect(followed.body.data.slug).toBe('le-hoi-hoa-da-lat-keo-dai-den-cuoi-tuan');
    expect((await rowsOf(strapi, secondId)).map((row) => [row.slugManual, row.originalPublishedAt])).toEqual([[false, null]]);
    expect(await historyOf(secondId)).toEqual([]);
    // A slug typed in the clone form is the copy's, by hand.
    const typed = await http(strapi)
      .post(`${CM}/clone/${source.documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...form, slug: 'hoa-da-lat-ban-sao' });
    expect(typed.status).toBe(200);
    expect(typed.body.data.slug).toBe('hoa-da-lat-ban-sao');
    expect((await rowsOf(strapi, typed.body.data.documentId)).map((row) => row.slugManual)).toEqual([true]);

    // Published for the first time: now it has a first publication of its own.
    const published = await http(strapi).post(`${CM}/${copyId}/actions/publish`).query({ locale: 'en' }).set(bearer(admin)).send({});
    expect(published.status).toBe(200);
    rows = await rowsOf(strapi, copyId);
    expect(rows).toHaveLength(2);
    const own = new Date(rows[1].publishedAt).getTime();
    for (const row of rows) expect(new Date(row.originalPublishedAt).getTime()).toBe(own);
  });
});

describe('a hand-set slug is stored as such', () => {
  const title = 'Covid 19 lan rộng khắp châu Á';

  test('it stays through title edits, admin form included; emptied, it follows the title again', async () => {
    const created = await http(strapi).post(CM).query({ locale: 'en' }).set(bearer(admin)).send({ title, slug: 'covid-19' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect(created.body.data.slug).toBe('covid-19');
    expect((await rowsOf(strapi, documentId)).map((row) => row.slugManual)).toEqual([true]);

    // The admin form sends the slug back unchanged with the new title.
    const form = await formOf(documentId);
    expect(form.slug).toBe('covid-19');
    const renamed = await http(strapi)
      .put(`${CM}/${documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...form, title: 'Biến chủng Covid mới' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ title: 'Biến chủng Covid mới', slug: 'covid-19' });
    // A REST edit of the title alone (of the draft: REST publishes unless told otherwise).
    const rest = await http(strapi)
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ status: 'draft' })
      .set(bearer(token))
      .send({ data: { title: 'Covid 19: biến chủng mới lan nhanh' } });
    expect(rest.status).toBe(200);
    expect(rest.body.data.slug).toBe('covid-19');
    expect(rest.body.data).not.toHaveProperty('slugManual');
    expect((await rowsOf(strapi, documentId)).map((row) => [row.slug, row.slugManual])).toEqual([['covid-19', true]]);

    // Emptied in the form: the slug is the title's again, and follows it from then on.
    const emptied = await http(strapi)
      .put(`${CM}/${documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(documentId)), slug: '' });
    expect(emptied.status).toBe(200);
    expect(emptied.body.data.slug).toBe('covid-19-bien-chung-moi-lan-nhanh');
    expect((await rowsOf(strapi, documentId)).map((row) => row.slugManual)).toEqual([false]);
    const followed = await http(strapi)
      .put(`${CM}/${documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(documentId)), title: 'Biến chủng Covid mới' });
    expect(followed.status).toBe(200);
    expect(followed.body.data.slug).toBe('bien-chung-covid-moi');
  });

  test('a client cannot set slugManual', async () => {
    const before = await articleCount();
    const create = await http(strapi)
      .post('/api/newsroom/articles')
      .set(bearer(token))
      .send({ data: { title: 'Tự đánh dấu slug tay', slugManual: true } });
    expect(create.status).toBe(400);
    expect(create.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(await articleCount()).toBe(before);

    const doc = await createArticle(strapi, { title: 'Slug theo tiêu đề' });
    const update = await http(strapi)
      .put(`/api/newsroom/articles/${doc.documentId}`)
      .set(bearer(token))
      .send({ data: { slugManual: true } });
    expect(update.status).toBe(400);
    expect(update.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });

    // The admin form (and any server code) may send it: it is dropped, the server decides.
    const cm = await http(strapi)
      .put(`${CM}/${doc.documentId}`)
      .query({ locale: 'en' })
      .set(bearer(admin))
      .send({ ...(await formOf(doc.documentId)), slugManual: true, title: 'Slug vẫn theo tiêu đề' });
    expect(cm.status).toBe(200);
    expect(cm.body.data.slug).toBe('slug-van-theo-tieu-de');
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { slugManual: true } as Record<string, unknown> });
    expect((await rowsOf(strapi, doc.documentId)).map((row) => [row.slug, row.slugManual])).toEqual([['slug-van-theo-tieu-de', false]]);
  });
});

describe("derived fields are written in the write's transaction", () => {
  test('bylineText: when it cannot be written, the create, update and publish are not stored', async () => {
    const byline = await createByline(strapi, 'Thu Thủy');
    const before = await articleCount();
    const create = await failing('byline-text', 'refresh', () =>
      http(strapi).post('/api/newsroom/articles').set(bearer(token)).send({ data: { title: 'Bài không được lưu', bylines: [byline.documentId] } })
    );
    expectServerError(create);
    expect(await articleCount()).toBe(before);

    const doc = await createArticle(strapi, { title: 'Tiêu đề gốc về cầu Rồng' });
    const update = await failing('byline-text', 'refresh', () =>
      http(strapi)
        .put(`/api/newsroom/articles/${doc.documentId}`)
        .set(bearer(token))
        .send({ data: { title: 'Tiêu đề mới về cầu Rồng', bylines: [byline.documentId] } })
    );
    expectServerError(update);
    let rows = await rowsOf(strapi, doc.documentId);
    expect(rows.map((row) => [row.title, row.slug, row.bylineText, row.publishedAt])).toEqual([
      ['Tiêu đề gốc về cầu Rồng', 'tieu-de-goc-ve-cau-rong', null, null],
    ]);

    // A publish from server code (a seed, another plugin): the middleware's transaction is the only one.
    await expect(
      failing('byline-text', 'refresh', () => strapi.documents(ARTICLE).publish({ documentId: doc.documentId }))
    ).rejects.toThrow('byline-text.refresh failed on purpose');
    rows = await rowsOf(strapi, doc.documentId);
    expect(rows.map((row) => [row.publishedAt, row.originalPublishedAt])).toEqual([[null, null]]);
  });

  test('originalPublishedAt: when it cannot be written, the publication is not stored', async () => {
    const before = await articleCount();
    const create = await failing('first-publication', 'refresh', () =>
      http(strapi).post('/api/newsroom/articles').query({ status: 'published' }).set(bearer(token)).send({ data: { title: 'Đăng ngay mà không được' } })
    );
    expectServerError(create);
    expect(await articleCount()).toBe(before);

    const publish = await failing('first-publication', 'refresh', () =>
      http(strapi).post(`${CM}/actions/publish`).query({ locale: 'en' }).set(bearer(admin)).send({ title: 'Xuất bản từ trang quản trị' })
    );
    expectServerError(publish);
    expect(await articleCount()).toBe(before);

    const doc = await createArticle(strapi, { title: 'Chờ xuất bản' });
    await expect(
      failing('first-publication', 'refresh', () => strapi.documents(ARTICLE).publish({ documentId: doc.documentId }))
    ).rejects.toThrow('first-publication.refresh failed on purpose');
    expect((await rowsOf(strapi, doc.documentId)).map((row) => [row.publishedAt, row.originalPublishedAt])).toEqual([[null, null]]);

    // Working again, the same publication goes through.
    await strapi.documents(ARTICLE).publish({ documentId: doc.documentId });
    expect((await rowsOf(strapi, doc.documentId)).map((row) => row.originalPublishedAt !== null)).toEqual([true, true]);
  });

  test('slug history: when the former slug cannot be remembered, the slug does not move; nor is a delete stored', async () => {
    const doc = await createArticle(strapi, { title: 'Giá vàng lập đỉnh mới' }, { status: 'published' });
    const moved = await failing('slug-history', 'remember', () =>
      http(strapi).put(`/api/newsroom/articles/${doc.documentId}`).set(bearer(token)).send({ data: { slug: 'gia-vang-dinh-moi' } })
    );
    expectServerError(moved);
    expect((await rowsOf(strapi, doc.documentId)).map((row) => row.slug)).toEqual(['gia-vang-lap-dinh-moi', 'gia-vang-lap-dinh-moi']);
    expect(await historyOf(doc.documentId)).toEqual([]);

    const ok = await http(strapi).put(`/api/newsroom/articles/${doc.documentId}`).set(bearer(token)).send({ data: { slug: 'gia-vang-dinh-moi' } });
    expect(ok.status).toBe(200);
    expect((await historyOf(doc.documentId)).map((row) => row.slug)).toEqual(['gia-vang-lap-dinh-moi']);

    const deleted = await failing('slug-history', 'forget', () =>
      http(strapi).delete(`/api/newsroom/articles/${doc.documentId}`).set(bearer(token))
    );
    expectServerError(deleted);
    expect(await rowsOf(strapi, doc.documentId)).toHaveLength(2);
    expect(await historyOf(doc.documentId)).toHaveLength(1);
  });
});

describe('byline slugs have history', () => {
  test('a renamed byline is still found by its former slug, until it is deleted', async () => {
    const byline = await createByline(strapi, 'Nguyễn Văn An');
    expect(byline.slug).toBe('nguyen-van-an');

    const renamed = await http(strapi)
      .put(`/api/newsroom/bylines/${byline.documentId}`)
      .set(bearer(token))
      .send({ data: { name: 'Nguyễn Văn Bình' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.slug).toBe('nguyen-van-binh');
    const again = await http(strapi)
      .put(`/api/newsroom/bylines/${byline.documentId}`)
      .set(bearer(token))
      .send({ data: { name: 'Nguyễn Bình' } });
    expect(again.status).toBe(200);
    expect(again.body.data.slug).toBe('nguyen-binh');

    for (const former of ['nguyen-van-an', 'nguyen-van-binh']) {
      const found = await http(strapi).get(`/api/newsroom/bylines/by-slug/${former}`).set(bearer(readToken));
      expect([former, found.status]).toEqual([former, 200]);
      expect(found.body.data.documentId).toBe(byline.documentId);
      expect(found.body.meta.slug).toEqual({ requested: former, current: 'nguyen-binh', redirect: true });
    }
    const current = await http(strapi).get('/api/newsroom/bylines/by-slug/nguyen-binh').set(bearer(readToken));
    expect(current.status).toBe(200);
    expect(current.body.meta.slug).toEqual({ requested: 'nguyen-binh', current: 'nguyen-binh', redirect: false });

    const removed = await http(strapi).delete(`/api/newsroom/bylines/${byline.documentId}`).set(bearer(token));
    expect(removed.status).toBe(204);
    expect(await historyOf(byline.documentId)).toEqual([]);
    const gone = await http(strapi).get('/api/newsroom/bylines/by-slug/nguyen-van-an').set(bearer(readToken));
    expect(gone.status).toBe(404);
    expect(gone.body.error.name).toBe('NotFoundError');
  });
});
