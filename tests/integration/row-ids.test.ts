/**
 * Row ids in paths, queries and bodies, on every route that takes one: Strapi's id columns are
 * 32-bit integers on PostgreSQL and MySQL, so an id past 2,147,483,647 is refused at the edge (400)
 * instead of reaching the database, where PostgreSQL rejected it with an error (a 500). The largest
 * id that fits is a missing row (404). Never a 500, on every database.
 */
import type { Core } from '@strapi/strapi';
import { publishedArticle, reader, report, startCommentsApp, submit, type CommentsApp } from '../helpers/comments';
import { bearer, graphql, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let article: { documentId: string };

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  article = await publishedArticle(strapi, 'Bài thử mã số');
});
afterAll(() => stopStrapi(app));

const LARGEST = '2147483647';
const PAST = ['2147483648', '99999999999', '9007199254740993'];

/** Each route that takes a row id, called with `id`: its status; and its answer to the largest id. */
const routes: Array<[string, (id: string) => Promise<number>, number?]> = [
  ['POST /api/newsroom/comments/:id/report', async (id) => (await report(strapi, id, 'spam')).status],
  ['POST /api/newsroom/articles/:documentId/comments (parent)', async (id) => (await submit(strapi, article.documentId, reader({ parent: Number(id) }))).status, 400],
  ['PUT /newsroom/comments/:id', async (id) => (await http(strapi).put(`/newsroom/comments/${id}`).set(bearer(app!.admin)).send({ content: 'Sửa lại' })).status],
  ['DELETE /newsroom/comments/:id', async (id) => (await http(strapi).delete(`/newsroom/comments/${id}`).set(bearer(app!.admin))).status],
  ['POST /newsroom/comments/:id/reply', async (id) => (await http(strapi).post(`/newsroom/comments/${id}/reply`).set(bearer(app!.admin)).send({ content: 'Trả lời' })).status],
  ['GET /newsroom/comments/:id/history', async (id) => (await http(strapi).get(`/newsroom/comments/${id}/history`).set(bearer(app!.admin))).status],
  ['POST /newsroom/comments/moderate (ids)', async (id) => (await http(strapi).post('/newsroom/comments/moderate').set(bearer(app!.admin)).send({ ids: [Number(id)], status: 'approved' })).status],
  ['DELETE /newsroom/schedules/:id', async (id) => (await http(strapi).delete(`/newsroom/schedules/${id}`).set(bearer(app!.admin))).status],
  ['POST /newsroom/schedules/:id/run', async (id) => (await http(strapi).post(`/newsroom/schedules/${id}/run`).set(bearer(app!.admin))).status],
  ['DELETE /newsroom/previews/:id', async (id) => (await http(strapi).delete(`/newsroom/previews/${id}`).set(bearer(app!.admin))).status],
];

// A reader's reply to a missing parent is the submission's 400 (the parent must be an approved comment).
test.each(routes)('%s: the largest id is a missing row (404), a larger one a 400', async (_, call, largest = 404) => {
  expect(await call(LARGEST)).toBe(largest);
  for (const id of PAST) expect([id, await call(id)]).toEqual([id, 400]);
});

test('GraphQL newsroomReportComment: the same bounds', async () => {
  const mutation = 'mutation ($id: ID!) { newsroomReportComment(id: $id, reason: "spam") { reported } }';
  const codeOf = async (id: string) => (await graphql(strapi, mutation, { id })).errors?.[0]?.extensions?.code;
  expect(await codeOf(LARGEST)).toBe('STRAPI_NOT_FOUND_ERROR');
  for (const id of PAST) expect([id, await codeOf(id)]).toEqual([id, 'BAD_USER_INPUT']);
});
