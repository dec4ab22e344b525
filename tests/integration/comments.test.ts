import type { Core } from '@strapi/strapi';
import { PUBLIC_COMMENT_ACTIONS, PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { adminLogin, createAdminWithActions } from '../helpers/admin-api';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { captureEmails } from '../helpers/comments';
import { createArticle } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

const COMMENT = 'plugin::newsroom.comment';
let app: TestApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let article: { documentId: string };
let ipCounter = 0;
/** A distinct reader address per call (the playground trusts X-Forwarded-For when SERVER_PROXY is on). */
const nextIp = () => `203.0.113.${(ipCounter += 1) % 250}`;

const submit = (documentId: string, data: Record<string, unknown>, ip = nextIp()) =>
  http(strapi).post(`/api/newsroom/articles/${documentId}/comments`).set('X-Forwarded-For', ip).send({ data });
const reader = (n: number, extra: Record<string, unknown> = {}) => ({
  authorName: `Bạn đọc ${n}`,
  authorEmail: `ban.doc.${n}@example.vn`,
  content: `Ý kiến số ${n} về bài viết.`,
  ...extra,
});
const moderate = (ids: number[], status: string, token = admin) =>
  http(strapi).post('/newsroom/comments/moderate').set(bearer(token)).send({ ids, status });

beforeAll(async () => {
  process.env.SERVER_PROXY = 'true';
  try {
    app = await startStrapi();
  } finally {
    delete process.env.SERVER_PROXY;
  }
  strapi = app.strapi;
  captureEmails(strapi); // no mail leaves a test
  await grantRole(strapi, 'public', [...PUBLIC_READ_ACTIONS, ...PUBLIC_COMMENT_ACTIONS]);
  await createSuperAdmin(strapi);
  admin = await adminLogin(strapi, ADMIN);
  article = await createArticle(strapi, { title: 'Bài có bình luận' }, { status: 'published' });
});
afterAll(() => stopStrapi(app));

describe('submission and moderation', () => {
  test('a comment waits, is approved, and then shows in the thread and the count', async () => {
    const res = await submit(article.documentId, reader(1));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ authorName: 'Bạn đọc 1', content: 'Ý kiến số 1 về bài viết.', status: 'pending', isStaff: false });
    expect(JSON.stringify(res.body)).not.toContain('ban.doc.1@example.vn');

    const before = await http(strapi).get(`/api/newsroom/articles/${article.documentId}/comments`);
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual([]);

    const approved = await moderate([res.body.data.id], 'approved');
    expect(approved.status).toBe(200);
    const thread = await http(strapi).get(`/api/newsroom/articles/${article.documentId}/comments`);
    expect(thread.body.data.map((c: { content: string }) => c.content)).toEqual(['Ý kiến số 1 về bài viết.']);
    expect(thread.body.meta.pagination).toMatchObject({ page: 1, total: 1 });
    const read = await http(strapi).get(`/api/newsroom/articles/${article.documentId}`);
    expect(read.body.data.commentCount).toBe(1);

    const history = await http(strapi).get(`/newsroom/comments/${res.body.data.id}/history`).set(bearer(admin));
    expect(history.body.data.map((e: { to: string }) => e.to)).toEqual(['pending', 'approved']);
  });

  test('replies nest; staff replies are approved at once', async () => {
    const top = await submit(article.documentId, reader(2));
    await moderate([top.body.data.id], 'approved');
    const staff = await http(strapi).post(`/newsroom/comments/${top.body.data.id}/reply`).set(bearer(admin)).send({ content: 'Cảm ơn bạn.' });
    expect(staff.status).toBe(201);
    expect(staff.body.data).toMatchObject({ isStaff: true, status: 'approved', parentId: top.body.data.id });
    const thread = await http(strapi).get(`/api/newsroom/articles/${article.documentId}/comments?sort=oldest`);
    const node = thread.body.data.find((c: { id: number }) => c.id === top.body.data.id);
    expect(node.replyCount).toBe(1);
    expect(node.replies[0]).toMatchObject({ content: 'Cảm ơn bạn.', isStaff: true });
  });

  test('validation: 400 with field-level details', async () => {
    const res = await submit(article.documentId, { authorName: ' ', authorEmail: 'khong-phai-email', content: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    const paths = res.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort();
    expect(paths).toEqual(['authorEmail', 'authorName', 'content']);
  });

  test('unknown or unpublished article → 404; comments disabled → 403', async () => {
    expect((await submit('khongco', reader(3))).status).toBe(404);
    const draft = await createArticle(strapi, { title: 'Bản nháp' }, { status: 'draft' });
    expect((await submit(draft.documentId, reader(4))).status).toBe(404);
    const closed = await createArticle(strapi, { title: 'Đóng bình luận', commentsEnabled: false }, { status: 'published' });
    const res = await submit(closed.documentId, reader(5));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/closed/);
  });

  test('duplicate → 409; flood → 429 with Retry-After', async () => {
    const first = await submit(article.documentId, reader(6), '198.51.100.7');
    expect(first.status).toBe(201);
    const again = await submit(article.documentId, reader(6), '198.51.100.8');
    expect(again.status).toBe(409);
    const flood = await submit(article.documentId, reader(7), '198.51.100.7');
    expect(flood.status).toBe(429);
    expect(Number(flood.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('honeypot: looks accepted, stored as spam', async () => {
    const res = await submit(article.documentId, reader(8, { website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('pending');
    const row = await strapi.db.query(COMMENT).findOne({ where: { id: res.body.data.id } });
    expect(row.status).toBe('spam');
  });

  test('admin routes check their permission', async () => {
    const reader = await createAdminWithActions(strapi, 'chi.doc@example.vn', ['plugin::newsroom.comments.read']);
    const token = await adminLogin(strapi, reader);
    expect((await http(strapi).get('/newsroom/comments?status=pending').set(bearer(token))).status).toBe(200);
    expect((await moderate([1], 'approved', token)).status).toBe(403);
    const nobody = await createAdminWithActions(strapi, 'khong.quyen@example.vn', []);
    expect((await http(strapi).get('/newsroom/comments').set(bearer(await adminLogin(strapi, nobody)))).status).toBe(403);
  });

  test('GraphQL: thread and submission', async () => {
    const submitted = await graphql(
      strapi,
      'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id status content } }',
      { a: article.documentId, d: reader(9) }
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.newsroomSubmitComment).toMatchObject({ status: 'pending' });
    const thread = await graphql(strapi, 'query ($a: ID!) { newsroomCommentThread(article: $a) { nodes { content replyCount } pagination { total } } }', {
      a: article.documentId,
    });
    expect(thread.errors).toBeUndefined();
    expect((thread.data?.newsroomCommentThread as { pagination: { total: number } }).pagination.total).toBeGreaterThan(0);
  });
});
