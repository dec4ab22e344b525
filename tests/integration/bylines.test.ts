import type { Core } from '@strapi/strapi';
import { ARTICLE, BYLINE, createArticle, createByline, rowsOf } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

let app: TestApp | undefined;
let strapi: Core.Strapi;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  token = await createApiToken(strapi, 'full-access');
  for (const [key, name] of Object.entries({ thuy: 'Thu Thủy', luan: 'Công Luận', vu: 'Quang Vũ', pna: 'PNA' })) {
    ids[key] = (await createByline(strapi, name)).documentId;
  }
});
afterAll(() => stopStrapi(app));

const bylineTexts = async (documentId: string) => (await rowsOf(strapi, documentId)).map((row) => row.bylineText);

describe('bylineText', () => {
  test('two reporters joined by a spaced en dash, in the order given', async () => {
    const doc = await createArticle(strapi, { title: 'Hai phóng viên', bylines: [ids.thuy, ids.luan] }, { status: 'published' });
    expect(await bylineTexts(doc.documentId)).toEqual(['Thu Thủy – Công Luận', 'Thu Thủy – Công Luận']);
    const reversed = await createArticle(strapi, { title: 'Đảo thứ tự', bylines: [ids.luan, ids.thuy] });
    expect(await bylineTexts(reversed.documentId)).toEqual(['Công Luận – Thu Thủy']);
  });

  test('served on REST (with bylines populated in the same order) and GraphQL', async () => {
    const doc = await createArticle(strapi, { title: 'Phục vụ REST và GraphQL', bylines: [ids.vu, ids.thuy, ids.luan] }, { status: 'published' });
    const res = await http(strapi).get(`/api/newsroom/articles/${doc.documentId}?populate=bylines`).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data.bylineText).toBe('Quang Vũ – Thu Thủy – Công Luận');
    expect(res.body.data.bylines.map((b: { name: string }) => b.name)).toEqual(['Quang Vũ', 'Thu Thủy', 'Công Luận']);

    const body = await graphql(
      strapi,
      `query ($id: ID!) { newsroomArticle(documentId: $id) { bylineText bylines { name } } }`,
      { id: doc.documentId },
      token
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.newsroomArticle).toEqual({
      bylineText: 'Quang Vũ – Thu Thủy – Công Luận',
      bylines: [{ name: 'Quang Vũ' }, { name: 'Thu Thủy' }, { name: 'Công Luận' }],
    });
  });

  test('follows bylines added, removed and reordered (REST connect/disconnect/set)', async () => {
    const doc = await createArticle(strapi, { title: 'Thay đổi tác giả', bylines: [ids.thuy] });
    const put = (data: Record<string, unknown>) =>
      // status=draft: REST updates publish by default in Strapi 5; this story stays a draft.
      http(strapi).put(`/api/newsroom/articles/${doc.documentId}?status=draft`).set(bearer(token)).send({ data });

    expect((await put({ bylines: { connect: [ids.luan] } })).body.data.bylineText).toBe('Thu Thủy – Công Luận');
    expect((await put({ bylines: { connect: [{ documentId: ids.vu, position: { start: true } }] } })).status).toBe(200);
    expect(await bylineTexts(doc.documentId)).toEqual(['Quang Vũ – Thu Thủy – Công Luận']);
    expect((await put({ bylines: { disconnect: [ids.thuy] } })).status).toBe(200);
    expect(await bylineTexts(doc.documentId)).toEqual(['Quang Vũ – Công Luận']);
    expect((await put({ bylines: { set: [ids.luan, ids.vu] } })).status).toBe(200);
    expect(await bylineTexts(doc.documentId)).toEqual(['Công Luận – Quang Vũ']);
    expect((await put({ bylines: [] })).status).toBe(200);
    expect(await bylineTexts(doc.documentId)).toEqual([null]);
  });

  test('follows a byline renamed or deleted, on drafts and published rows', async () => {
    const agency = await createByline(strapi, 'Hãng tin A');
    const doc = await createArticle(strapi, { title: 'Theo hãng tin', bylines: [ids.pna, agency.documentId] }, { status: 'published' });
    expect(await bylineTexts(doc.documentId)).toEqual(['PNA – Hãng tin A', 'PNA – Hãng tin A']);

    await strapi.documents(BYLINE).update({ documentId: ids.pna, data: { name: 'Hãng tin Phương Nam' } });
    expect(await bylineTexts(doc.documentId)).toEqual(['Hãng tin Phương Nam – Hãng tin A', 'Hãng tin Phương Nam – Hãng tin A']);

    await strapi.documents(BYLINE).delete({ documentId: agency.documentId });
    expect(await bylineTexts(doc.documentId)).toEqual(['Hãng tin Phương Nam', 'Hãng tin Phương Nam']);
  });

  test('is not writable from the API', async () => {
    const doc = await createArticle(strapi, { title: 'Không ghi đè', bylines: [ids.thuy] });
    const res = await http(strapi)
      .put(`/api/newsroom/articles/${doc.documentId}`)
      .set(bearer(token))
      .send({ data: { bylineText: 'Người lạ' } });
    expect(res.status).toBeLessThan(500);
    expect(await bylineTexts(doc.documentId)).toEqual(['Thu Thủy']);
    const row = await strapi.db.query(ARTICLE).findOne({ where: { documentId: doc.documentId } });
    expect(row.bylineText).toBe('Thu Thủy');
  });
});
