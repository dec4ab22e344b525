/**
 * §4 of issue 6: the moderation admin API (list, moderate, edit, delete, staff reply, history), its
 * status transitions and history, RBAC on every route, and its 400s and 404s.
 */
import type { Core } from '@strapi/strapi';
import { adminLogin, createAdminWithActions } from '../helpers/admin-api';
import {
  approvedComment,
  commentRow,
  moderate,
  publishedArticle,
  reader,
  startCommentsApp,
  submit,
  thread,
  withCommentsConfig,
  type CommentsApp,
} from '../helpers/comments';
import { bearer, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
});
afterAll(() => stopStrapi(app));

const get = (path: string, token = admin) => http(strapi).get(path).set(bearer(token));
const pending = async (documentId: string, extra: Record<string, unknown> = {}) => {
  const res = await submit(strapi, documentId, reader(extra));
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id as number;
};
const historyOf = async (id: number) => (await get(`/newsroom/comments/${id}/history`)).body.data as Array<Record<string, unknown>>;
const countOf = async (documentId: string) => (await http(strapi).get(`/api/newsroom/articles/${documentId}`)).body.data.commentCount as number;

/** Every admin route, with a body where it takes one. */
const routes = (id: number) => [
  ['GET', '/newsroom/comments', undefined],
  ['GET', `/newsroom/comments/${id}/history`, undefined],
  ['POST', '/newsroom/comments/moderate', { ids: [id], status: 'approved' }],
  ['PUT', `/newsroom/comments/${id}`, { content: 'Sửa' }],
  ['DELETE', `/newsroom/comments/${id}`, undefined],
  ['POST', `/newsroom/comments/${id}/reply`, { content: 'Trả lời' }],
] as const;
const call = (method: string, path: string, body: unknown, token?: string) => {
  const req = (http(strapi) as unknown as Record<string, (p: string) => ReturnType<ReturnType<typeof http>['get']>>)[method.toLowerCase()](path).set(bearer(token));
  return body === undefined ? req : req.send(body as object);
};

describe('RBAC', () => {
  let id: number;
  beforeAll(async () => {
    id = await pending((await publishedArticle(strapi, 'Quyền')).documentId);
  });

  test('no token → 401 on every route', async () => {
    for (const [method, path, body] of routes(id)) {
      const res = await call(method, path, body);
      expect([method, path, res.status]).toEqual([method, path, 401]);
    }
  });

  test('an admin without comments.read / comments.moderate → 403 on every route', async () => {
    const token = await adminLogin(strapi, await createAdminWithActions(strapi, 'khong.quyen@example.vn', []));
    for (const [method, path, body] of routes(id)) {
      const res = await call(method, path, body, token);
      expect([method, path, res.status]).toEqual([method, path, 403]);
      expect(res.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
    }
    expect((await commentRow(strapi, id)).status).toBe('pending');
  });

  test('read but not moderate: reads are 200, every write 403', async () => {
    const token = await adminLogin(strapi, await createAdminWithActions(strapi, 'chi.doc@example.vn', ['plugin::newsroom.comments.read']));
    const expected: Record<string, number> = { GET: 200, POST: 403, PUT: 403, DELETE: 403 };
    for (const [method, path, body] of routes(id)) {
      const res = await call(method, path, body, token);
      expect([method, path, res.status]).toEqual([method, path, expected[method]]);
    }
    const row = await commentRow(strapi, id);
    expect(row.status).toBe('pending');
    expect(row.content).not.toBe('Sửa');
  });

  test('moderate but not read: writes work, the queue and history are 403', async () => {
    const token = await adminLogin(strapi, await createAdminWithActions(strapi, 'chi.duyet@example.vn', ['plugin::newsroom.comments.moderate']));
    expect((await get('/newsroom/comments', token)).status).toBe(403);
    expect((await get(`/newsroom/comments/${id}/history`, token)).status).toBe(403);
    expect((await moderate(strapi, token, [id], 'approved')).status).toBe(200);
    expect((await commentRow(strapi, id)).status).toBe('approved');
  });
});

describe('the queue', () => {
  let a: { documentId: string };
  let b: { documentId: string };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    a = await publishedArticle(strapi, 'Bài A về giao thông');
    b = await publishedArticle(strapi, 'Bài B về giáo dục');
    ids.p1 = await pending(a.documentId, { content: 'Đường sá xuống cấp', authorName: 'Nguyễn Văn Lâm' });
    ids.p2 = await pending(a.documentId, { content: 'Cần thêm đèn giao thông' });
    ids.p3 = await pending(b.documentId, { content: 'Học phí tăng', authorEmail: 'phu.huynh@truong.edu.vn' });
    ids.ap = await approvedComment(strapi, admin, a.documentId, reader({ content: 'Đồng ý với bài viết' }));
    ids.rj = await pending(a.documentId, { content: 'Bị từ chối' });
    await moderate(strapi, admin, [ids.rj], 'rejected');
    ids.sp = (await submit(strapi, b.documentId, reader({ content: 'Mua hàng giá rẻ', website: 'x' }))).body.data.id;
  });

  const scoped = (query: string) => get(`/newsroom/comments?${query}`);

  test('a row: author, email (moderators only), article title, content, time, status, report count', async () => {
    const res = await scoped(`article=${b.documentId}&status=pending`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    const [row] = res.body.data;
    expect(Object.keys(row).sort()).toEqual(
      ['article', 'authorEmail', 'authorName', 'content', 'createdAt', 'id', 'isStaff', 'parentId', 'reportCount', 'status', 'updatedAt'].sort()
    );
    expect(row).toMatchObject({
      id: ids.p3,
      authorEmail: 'phu.huynh@truong.edu.vn',
      content: 'Học phí tăng',
      status: 'pending',
      reportCount: 0,
      isStaff: false,
      parentId: null,
      article: { documentId: b.documentId, locale: 'en', title: 'Bài B về giáo dục' },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/ipHash|userAgent|contentHash/);
  });

  test('filters: status, article, q (content, name, email; any case), together; counts per status within article and q', async () => {
    const byArticle = await scoped(`article=${a.documentId}`);
    expect(byArticle.body.data.map((r: { id: number }) => r.id).sort()).toEqual([ids.p1, ids.p2, ids.ap, ids.rj].sort());
    expect(byArticle.body.meta.counts).toEqual({ pending: 2, approved: 1, rejected: 1, spam: 0 });
    expect(byArticle.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 4 });

    const pendingA = await scoped(`article=${a.documentId}&status=pending`);
    expect(pendingA.body.data.map((r: { id: number }) => r.id)).toEqual([ids.p2, ids.p1]);
    expect(pendingA.body.meta.counts).toEqual({ pending: 2, approved: 1, rejected: 1, spam: 0 });
    expect(pendingA.body.meta.pagination.total).toBe(2);

    expect((await scoped(`status=spam&article=${b.documentId}`)).body.data.map((r: { id: number }) => r.id)).toEqual([ids.sp]);
    expect((await scoped(`q=${encodeURIComponent('GIAO THÔNG')}`)).body.data.map((r: { id: number }) => r.id)).toEqual([ids.p2]);
    expect((await scoped(`q=${encodeURIComponent('văn lâm')}`)).body.data.map((r: { id: number }) => r.id)).toEqual([ids.p1]);
    expect((await scoped('q=truong.edu')).body.data.map((r: { id: number }) => r.id)).toEqual([ids.p3]);
    const qCounts = await scoped(`q=${encodeURIComponent('giao thông')}&status=approved`);
    expect(qCounts.body.data).toEqual([]);
    expect(qCounts.body.meta.counts).toEqual({ pending: 1, approved: 0, rejected: 0, spam: 0 });
  });

  test('pagination, newest first', async () => {
    const first = await scoped(`article=${a.documentId}&pageSize=3`);
    const second = await scoped(`article=${a.documentId}&pageSize=3&page=2`);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 2, total: 4 });
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
    const all = [...first.body.data, ...second.body.data].map((r: { id: number }) => r.id);
    expect(all).toEqual([ids.rj, ids.ap, ids.p2, ids.p1]);
  });

  test.each([
    'status=deleted',
    'status[0]=pending',
    'page=0',
    'page=abc',
    'page=1.5',
    'pageSize=101',
    'pageSize=-1',
    'article=..%2Fetc',
    `q=${'x'.repeat(201)}`,
    'sort=id',
    'filters[status]=pending',
  ])('bad query %p → 400', async (query) => {
    const res = await scoped(query);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  });
});

describe('moderate', () => {
  let article: { documentId: string };
  beforeAll(async () => {
    article = await publishedArticle(strapi, 'Duyệt hàng loạt');
  });

  test('bulk approve with a reason: every comment moves, the count and the thread follow, the history says who and why', async () => {
    const ids = [await pending(article.documentId), await pending(article.documentId), await pending(article.documentId)];
    const res = await moderate(strapi, admin, ids, 'approved', 'Nội dung phù hợp');
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'approved']));
    expect(await countOf(article.documentId)).toBe(3);
    expect((await thread(strapi, article.documentId)).body.data).toHaveLength(3);
    const history = await historyOf(ids[0]);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ from: null, to: 'pending', reason: 'awaiting moderation', actor: { type: 'reader' } });
    expect(history[1]).toMatchObject({ from: 'pending', to: 'approved', reason: 'Nội dung phù hợp', actor: { type: 'admin', name: 'Biên Tập' } });
    expect(typeof (history[1].actor as { id: number }).id).toBe('number');
    expect(new Date(history[1].at as string).toISOString()).toBe(history[1].at);
  });

  test('every transition (approve, reject, spam, restore) is recorded; the same status again is no event', async () => {
    const id = await pending(article.documentId);
    for (const status of ['approved', 'rejected', 'spam', 'pending', 'spam', 'approved', 'pending']) {
      const res = await moderate(strapi, admin, [id], status);
      expect([status, res.status, res.body.data[0].status]).toEqual([status, 200, status]);
    }
    expect((await moderate(strapi, admin, [id], 'pending')).status).toBe(200);
    expect((await historyOf(id)).map((e) => `${e.from}→${e.to}`)).toEqual([
      'null→pending',
      'pending→approved',
      'approved→rejected',
      'rejected→spam',
      'spam→pending',
      'pending→spam',
      'spam→approved',
      'approved→pending',
    ]);
  });

  test('an unknown id in a bulk → 404 and nothing moves', async () => {
    const id = await pending(article.documentId);
    const res = await moderate(strapi, admin, [id, 99999999], 'approved');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', message: 'No comment has the id 99999999' } });
    expect((await commentRow(strapi, id)).status).toBe('pending');
  });

  test('duplicate ids in a bulk count once', async () => {
    const id = await pending(article.documentId);
    const res = await moderate(strapi, admin, [id, id, id], 'rejected');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(await historyOf(id)).toHaveLength(2);
  });

  test.each([
    ['no ids', { status: 'approved' }],
    ['empty ids', { ids: [], status: 'approved' }],
    ['ids not numbers', { ids: ['a'], status: 'approved' }],
    ['ids not a list', { ids: 5, status: 'approved' }],
    ['a negative id', { ids: [-3], status: 'approved' }],
    ['too many ids', { ids: Array.from({ length: 501 }, (_, i) => i + 1), status: 'approved' }],
    ['no status', { ids: [1] }],
    ['unknown status', { ids: [1], status: 'deleted' }],
    ['reason not text', { ids: [1], status: 'approved', reason: 5 }],
    ['reason too long', { ids: [1], status: 'approved', reason: 'x'.repeat(501) }],
    ['unknown field', { ids: [1], status: 'approved', force: true }],
    ['a list body', [1, 2]],
  ])('%s → 400', async (_, body) => {
    const res = await http(strapi).post('/newsroom/comments/moderate').set(bearer(admin)).send(body as object);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  });

  test('malformed JSON → 400', async () => {
    const res = await http(strapi).post('/newsroom/comments/moderate').set(bearer(admin)).set('Content-Type', 'application/json').send('{"ids": [1,');
    expect(res.status).toBe(400);
  });
});

describe('edit', () => {
  let article: { documentId: string };
  beforeAll(async () => {
    article = await publishedArticle(strapi, 'Sửa bình luận');
  });

  test('the content changes, the status stays, the history says so; the thread shows the new text', async () => {
    const id = await approvedComment(strapi, admin, article.documentId, reader({ content: 'Sai chính tả nhieu' }));
    const res = await http(strapi).put(`/newsroom/comments/${id}`).set(bearer(admin)).send({ content: '  Sai chính tả nhiều  ' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id, content: 'Sai chính tả nhiều', status: 'approved' });
    expect((await historyOf(id)).at(-1)).toMatchObject({ from: 'approved', to: 'approved', reason: 'content edited', actor: { type: 'admin' } });
    expect((await thread(strapi, article.documentId)).body.data[0].content).toBe('Sai chính tả nhiều');
  });

  test('bad bodies → 400, unknown id → 404, bad id → 400', async () => {
    const id = await pending(article.documentId);
    for (const body of [{}, { content: '' }, { content: '   ' }, { content: 5 }, { content: ['a'] }, { content: 'ok', status: 'approved' }]) {
      const res = await http(strapi).put(`/newsroom/comments/${id}`).set(bearer(admin)).send(body);
      expect([body, res.status]).toEqual([body, 400]);
    }
    await withCommentsConfig(strapi, { maxLength: 10 }, async () => {
      expect((await http(strapi).put(`/newsroom/comments/${id}`).set(bearer(admin)).send({ content: 'x'.repeat(11) })).status).toBe(400);
    });
    expect((await http(strapi).put('/newsroom/comments/99999999').set(bearer(admin)).send({ content: 'x' })).status).toBe(404);
    expect((await http(strapi).put('/newsroom/comments/abc').set(bearer(admin)).send({ content: 'x' })).status).toBe(400);
    expect((await commentRow(strapi, id)).status).toBe('pending');
  });
});

describe('delete', () => {
  test('replies move up to the deleted comment\'s parent; the thread and the count follow', async () => {
    const article = await publishedArticle(strapi, 'Xoá bình luận');
    const a = await approvedComment(strapi, admin, article.documentId, reader({ content: 'A' }));
    const b = await approvedComment(strapi, admin, article.documentId, reader({ content: 'B', parent: a }));
    const c = await approvedComment(strapi, admin, article.documentId, reader({ content: 'C', parent: b }));
    expect(await countOf(article.documentId)).toBe(3);

    const res = await http(strapi).delete(`/newsroom/comments/${b}`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { id: b, deleted: true } });
    expect(await commentRow(strapi, b)).toBeNull();
    expect(await commentRow(strapi, c)).toMatchObject({ parentId: a, rootId: a, depth: 1 });
    const after = await thread(strapi, article.documentId);
    expect(after.body.data).toHaveLength(1);
    expect(after.body.data[0]).toMatchObject({ id: a, replyCount: 1 });
    expect(after.body.data[0].replies.map((n: { id: number }) => n.id)).toEqual([c]);
    expect(await countOf(article.documentId)).toBe(2);
    expect((await get(`/newsroom/comments/${b}/history`)).status).toBe(404);

    // Deleting a top-level comment: its replies become top-level comments, their own replies under them.
    const d = await approvedComment(strapi, admin, article.documentId, reader({ content: 'D', parent: c }));
    expect((await http(strapi).delete(`/newsroom/comments/${a}`).set(bearer(admin))).status).toBe(200);
    expect(await commentRow(strapi, c)).toMatchObject({ parentId: null, rootId: null, depth: 0 });
    expect(await commentRow(strapi, d)).toMatchObject({ parentId: c, rootId: c, depth: 1 });
    const last = await thread(strapi, article.documentId);
    expect(last.body.data.map((n: { id: number; replies: Array<{ id: number }> }) => [n.id, n.replies.map((r) => r.id)])).toEqual([[c, [d]]]);
    expect(await countOf(article.documentId)).toBe(2);
  });

  test('unknown id → 404; bad id → 400', async () => {
    expect((await http(strapi).delete('/newsroom/comments/99999999').set(bearer(admin))).status).toBe(404);
    expect((await http(strapi).delete('/newsroom/comments/abc').set(bearer(admin))).status).toBe(400);
    expect((await http(strapi).delete('/newsroom/comments/0').set(bearer(admin))).status).toBe(400);
  });
});

describe('reply as staff', () => {
  let article: { documentId: string };
  beforeAll(async () => {
    article = await publishedArticle(strapi, 'Toà soạn trả lời');
  });
  const staffReply = (id: number | string, body: unknown) => http(strapi).post(`/newsroom/comments/${id}/reply`).set(bearer(admin)).send(body as object);

  test('approved at once, isStaff, named after the admin, public at once and counted', async () => {
    const parent = await approvedComment(strapi, admin, article.documentId);
    const res = await staffReply(parent, { content: 'Cảm ơn bạn đã góp ý.' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ parentId: parent, status: 'approved', isStaff: true, authorName: 'Biên Tập', content: 'Cảm ơn bạn đã góp ý.' });
    const node = (await thread(strapi, article.documentId)).body.data.find((n: { id: number }) => n.id === parent);
    expect(node.replies[0]).toMatchObject({ id: res.body.data.id, isStaff: true, authorName: 'Biên Tập' });
    expect(await countOf(article.documentId)).toBe(2);
    expect(await historyOf(res.body.data.id)).toEqual([
      expect.objectContaining({ from: null, to: 'approved', reason: 'staff reply', actor: expect.objectContaining({ type: 'admin', name: 'Biên Tập' }) }),
    ]);
    expect(await commentRow(strapi, res.body.data.id)).toMatchObject({ isStaff: true, ipHash: null });
  });

  test('a reply to a pending comment approves it (approve and reply)', async () => {
    const parent = await pending(article.documentId);
    const res = await staffReply(parent, { content: 'Đã duyệt và trả lời.' });
    expect(res.status).toBe(201);
    expect((await commentRow(strapi, parent)).status).toBe('approved');
    expect((await historyOf(parent)).at(-1)).toMatchObject({ from: 'pending', to: 'approved', reason: 'approved with a staff reply' });
    const node = (await thread(strapi, article.documentId)).body.data.find((n: { id: number }) => n.id === parent);
    expect(node.replies.map((r: { id: number }) => r.id)).toEqual([res.body.data.id]);
  });

  test('a rejected or spam comment is not replied to (400)', async () => {
    for (const status of ['rejected', 'spam']) {
      const parent = await pending(article.documentId);
      await moderate(strapi, admin, [parent], status);
      const res = await staffReply(parent, { content: 'Không được.' });
      expect([status, res.status]).toEqual([status, 400]);
      expect(res.body.error.message).toBe(`A ${status} comment cannot be replied to; restore it first`);
      expect((await commentRow(strapi, parent)).status).toBe(status);
    }
  });

  test('a reply to the deepest level attaches to its parent\'s level', async () => {
    const a = await approvedComment(strapi, admin, article.documentId);
    const b = await approvedComment(strapi, admin, article.documentId, reader({ parent: a }));
    const c = await approvedComment(strapi, admin, article.documentId, reader({ parent: b }));
    const res = await staffReply(c, { content: 'Ở cấp của C.' });
    expect(res.body.data.parentId).toBe(b);
    expect(await commentRow(strapi, res.body.data.id)).toMatchObject({ parentId: b, rootId: a, depth: 2 });
  });

  test('bad bodies → 400, unknown id → 404, bad id → 400', async () => {
    const parent = await approvedComment(strapi, admin, article.documentId);
    for (const body of [{}, { content: '' }, { content: 7 }, { content: 'a', isStaff: false }]) {
      expect((await staffReply(parent, body)).status).toBe(400);
    }
    expect((await staffReply(99999999, { content: 'x' })).status).toBe(404);
    expect((await staffReply('x1', { content: 'x' })).status).toBe(400);
  });
});

describe('history', () => {
  test('unknown id → 404; bad id → 400', async () => {
    expect((await get('/newsroom/comments/99999999/history')).status).toBe(404);
    expect((await get('/newsroom/comments/abc/history')).status).toBe(400);
  });
});
