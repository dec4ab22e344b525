/**
 * §1 and §2 of issue 6: comments belong to an article's documentId and locale (through unpublish
 * and republish), threads (pagination, sort, nesting to maxDepth, replyCount), reports, and
 * commentCount on articles in REST and GraphQL.
 */
import type { Core } from '@strapi/strapi';
import { grantRole } from '../../playground/src/seed/permissions';
import {
  COMMENT,
  ageComment,
  approvedComment,
  commentRow,
  moderate,
  nextIp,
  publishedArticle,
  reader,
  report,
  startCommentsApp,
  submit,
  thread,
  withCommentsConfig,
  type CommentsApp,
} from '../helpers/comments';
import { addLocale } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';
import { loginAuthenticatedUser } from '../helpers/users';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
  await addLocale(strapi, 'vi');
});
afterAll(() => stopStrapi(app));

interface Node {
  id: number;
  parentId: number | null;
  content: string;
  replyCount: number;
  replies: Node[];
}
/** The tree as [content, [replies…]] pairs, for readable expectations. */
const shape = (nodes: Node[]): unknown[] => nodes.map((n) => (n.replies.length ? [n.content, shape(n.replies)] : n.content));
const reply = (documentId: string, parent: number, content: string) => approvedComment(strapi, admin, documentId, reader({ content, parent }));
const top = (documentId: string, content: string) => approvedComment(strapi, admin, documentId, reader({ content }));
const countOf = async (documentId: string, locale?: string) =>
  (await http(strapi).get(`/api/newsroom/articles/${documentId}${locale ? `?locale=${locale}` : ''}`)).body.data.commentCount as number;

describe('threads', () => {
  let article: { documentId: string };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    article = await publishedArticle(strapi, 'Bài có nhiều bình luận');
    // Five top-level comments, oldest first (created one after another, then spread in time).
    for (let i = 1; i <= 5; i += 1) {
      ids[`T${i}`] = await top(article.documentId, `T${i}`);
      await ageComment(strapi, ids[`T${i}`], 1000 - i * 10);
    }
  });

  test('approved comments only; top level paginated newest first by default', async () => {
    await submit(strapi, article.documentId, reader({ content: 'chờ duyệt' }));
    const res = await thread(strapi, article.documentId, '?pageSize=2');
    expect(res.status).toBe(200);
    expect(res.body.data.map((n: Node) => n.content)).toEqual(['T5', 'T4']);
    expect(res.body.meta).toEqual({ pagination: { page: 1, pageSize: 2, pageCount: 3, total: 5 }, sort: 'newest' });
    const page3 = await thread(strapi, article.documentId, '?pageSize=2&page=3');
    expect(page3.body.data.map((n: Node) => n.content)).toEqual(['T1']);
    const beyond = await thread(strapi, article.documentId, '?pageSize=2&page=4');
    expect(beyond.status).toBe(200);
    expect(beyond.body.data).toEqual([]);
    const oldest = await thread(strapi, article.documentId, '?sort=oldest&pageSize=3');
    expect(oldest.body.data.map((n: Node) => n.content)).toEqual(['T1', 'T2', 'T3']);
    expect(oldest.body.meta.sort).toBe('oldest');
    const defaults = await thread(strapi, article.documentId);
    expect(defaults.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 5 });
  });

  test('each node has exactly the public fields', async () => {
    const res = await thread(strapi, article.documentId, '?pageSize=1');
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['authorName', 'content', 'createdAt', 'id', 'isStaff', 'parentId', 'replies', 'replyCount']);
    expect(res.body.data[0]).toMatchObject({ parentId: null, isStaff: false, replyCount: 0, replies: [] });
    expect(new Date(res.body.data[0].createdAt).toISOString()).toBe(res.body.data[0].createdAt);
  });

  test('replies nest to maxDepth 3; a reply to the deepest level attaches to its parent\'s level', async () => {
    const a = ids.T1;
    const b = await reply(article.documentId, a, 'B');
    const c = await reply(article.documentId, b, 'C');
    const d = await reply(article.documentId, c, 'D (trả lời C)');
    const e = await reply(article.documentId, d, 'E (trả lời D)');
    expect((await commentRow(strapi, d)).parentId).toBe(b);
    expect((await commentRow(strapi, e)).parentId).toBe(b);
    // Not approved: not shown, not counted.
    await submit(strapi, article.documentId, reader({ content: 'chờ', parent: b }));
    const res = await thread(strapi, article.documentId, '?sort=oldest&pageSize=1');
    expect(shape(res.body.data)).toEqual([['T1', [['B', ['C', 'D (trả lời C)', 'E (trả lời D)']]]]]);
    const [t1] = res.body.data as Node[];
    expect(t1.replyCount).toBe(1);
    expect(t1.replies[0]).toMatchObject({ id: b, parentId: a, replyCount: 3 });
    expect(t1.replies[0].replies.map((n) => n.parentId)).toEqual([b, b, b]);
    expect(t1.replies[0].replies[0].replyCount).toBe(0);
  });

  test('maxDepth is configurable; a thread written deeper is shown no deeper than the setting', async () => {
    const root = ids.T2;
    await withCommentsConfig(strapi, { maxDepth: 2 }, async () => {
      const r1 = await reply(article.documentId, root, 'R1');
      const r2 = await reply(article.documentId, r1, 'R2 (trả lời R1)');
      expect((await commentRow(strapi, r2)).parentId).toBe(root);
      const res = await thread(strapi, article.documentId, '?sort=oldest&page=2&pageSize=1');
      expect(shape(res.body.data)).toEqual([['T2', ['R1', 'R2 (trả lời R1)']]]);
    });
    await withCommentsConfig(strapi, { maxDepth: 1 }, async () => {
      // No replies: a reply becomes a top-level comment.
      const flat = await reply(article.documentId, root, 'Phẳng');
      expect(await commentRow(strapi, flat)).toMatchObject({ parentId: null, rootId: null, depth: 0 });
    });
    // T1's thread (4 levels written with maxDepth 3) read with maxDepth 2.
    await withCommentsConfig(strapi, { maxDepth: 2 }, async () => {
      const res = await thread(strapi, article.documentId, '?sort=oldest&pageSize=1');
      expect(shape(res.body.data)).toEqual([['T1', ['B', 'C', 'D (trả lời C)', 'E (trả lời D)']]]);
      expect(res.body.data[0].replyCount).toBe(4);
    });
  });

  test('a reply hidden with its parent: the parent rejected hides the replies under it', async () => {
    const root = ids.T3;
    const child = await reply(article.documentId, root, 'con');
    await reply(article.documentId, child, 'cháu');
    await moderate(strapi, admin, [child], 'rejected');
    const res = await thread(strapi, article.documentId, '?sort=oldest&page=3&pageSize=1');
    expect(shape(res.body.data)).toEqual(['T3']);
    await moderate(strapi, admin, [child], 'approved');
    const back = await thread(strapi, article.documentId, '?sort=oldest&page=3&pageSize=1');
    expect(shape(back.body.data)).toEqual([['T3', [['con', ['cháu']]]]]);
  });

  test('GraphQL: the same thread', async () => {
    const res = await graphql(
      strapi,
      `query ($a: ID!) { newsroomCommentThread(article: $a, page: 1, pageSize: 2, sort: "oldest") {
        nodes { id parentId authorName content isStaff createdAt replyCount replies { content replies { content } } }
        pagination { page pageSize pageCount total } sort } }`,
      { a: article.documentId }
    );
    expect(res.errors).toBeUndefined();
    const gql = res.data?.newsroomCommentThread as { nodes: Array<{ content: string; replyCount: number }>; pagination: unknown; sort: string };
    const rest = await thread(strapi, article.documentId, '?sort=oldest&pageSize=2');
    expect(gql.nodes.map((n) => [n.content, n.replyCount])).toEqual(rest.body.data.map((n: Node) => [n.content, n.replyCount]));
    expect(gql.pagination).toEqual(rest.body.meta.pagination);
    expect(gql.sort).toBe('oldest');
    const bad = await graphql(strapi, 'query ($a: ID!) { newsroomCommentThread(article: $a, sort: "random") { sort } }', { a: article.documentId });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await graphql(strapi, 'query { newsroomCommentThread(article: "khongco") { sort } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('STRAPI_NOT_FOUND_ERROR');
  });
});

describe('the article a comment belongs to', () => {
  test('a comment stays with its article through unpublish and republish', async () => {
    const article = await publishedArticle(strapi, 'Gỡ rồi đăng lại');
    const id = await top(article.documentId, 'Ở lại');
    expect(await countOf(article.documentId)).toBe(1);
    await strapi.documents('plugin::newsroom.article').unpublish({ documentId: article.documentId });
    expect((await thread(strapi, article.documentId)).status).toBe(404);
    await strapi.documents('plugin::newsroom.article').update({ documentId: article.documentId, data: { title: 'Gỡ rồi đăng lại (sửa)' } } as never);
    await strapi.documents('plugin::newsroom.article').publish({ documentId: article.documentId });
    const res = await thread(strapi, article.documentId);
    expect(res.body.data.map((n: Node) => n.id)).toEqual([id]);
    expect(await countOf(article.documentId)).toBe(1);
    // Published again: comments are taken again, and counted.
    await top(article.documentId, 'Sau khi đăng lại');
    expect(await countOf(article.documentId)).toBe(2);
  });

  test('per locale: a comment on the Vietnamese version is not on the English one', async () => {
    const article = await publishedArticle(strapi, 'English version');
    await strapi.documents('plugin::newsroom.article').update({ documentId: article.documentId, locale: 'vi', data: { title: 'Bản tiếng Việt' }, status: 'published' } as never);
    const vi = await approvedComment(strapi, admin, article.documentId, reader({ content: 'Tiếng Việt' }), { locale: 'vi' });
    const en = await approvedComment(strapi, admin, article.documentId, reader({ content: 'English' }));
    expect((await commentRow(strapi, vi)).articleLocale).toBe('vi');
    expect((await commentRow(strapi, en)).articleLocale).toBe('en');
    expect((await thread(strapi, article.documentId, '?locale=vi')).body.data.map((n: Node) => n.content)).toEqual(['Tiếng Việt']);
    expect((await thread(strapi, article.documentId)).body.data.map((n: Node) => n.content)).toEqual(['English']);
    expect(await countOf(article.documentId, 'vi')).toBe(1);
    expect(await countOf(article.documentId)).toBe(1);
    // A reply must be in the same locale.
    const cross = await submit(strapi, article.documentId, reader({ parent: en }), { locale: 'vi' });
    expect(cross.status).toBe(400);
    // A locale the article is not published in.
    await addLocale(strapi, 'fr');
    expect((await submit(strapi, article.documentId, reader(), { locale: 'fr' })).status).toBe(404);
  });
});

describe('commentCount (approved comments) on articles', () => {
  test('REST list and read, and GraphQL newsroomArticles', async () => {
    const article = await publishedArticle(strapi, 'Đếm bình luận');
    const a = await top(article.documentId, 'một');
    await top(article.documentId, 'hai');
    await submit(strapi, article.documentId, reader());
    expect(await countOf(article.documentId)).toBe(2);
    const list = await http(strapi).get(`/api/newsroom/articles?filters[documentId][$eq]=${article.documentId}`);
    expect(list.body.data[0].commentCount).toBe(2);
    const gql = await graphql(strapi, 'query ($id: ID!) { newsroomArticles(filters: { documentId: { eq: $id } }) { documentId commentCount } }', { id: article.documentId });
    expect(gql.errors).toBeUndefined();
    expect(gql.data?.newsroomArticles).toEqual([{ documentId: article.documentId, commentCount: 2 }]);
    await moderate(strapi, admin, [a], 'rejected');
    expect(await countOf(article.documentId)).toBe(1);
    await moderate(strapi, admin, [a], 'approved');
    expect(await countOf(article.documentId)).toBe(2);
  });

  test('a write cannot set it', async () => {
    const article = await publishedArticle(strapi, 'Không sửa được số đếm');
    await top(article.documentId, 'một');
    await strapi.documents('plugin::newsroom.article').update({ documentId: article.documentId, data: { commentCount: 99, title: 'Sửa tiêu đề' } } as never);
    await strapi.documents('plugin::newsroom.article').publish({ documentId: article.documentId });
    expect(await countOf(article.documentId)).toBe(1);
  });
});

describe('reports', () => {
  let article: { documentId: string };
  beforeAll(async () => {
    article = await publishedArticle(strapi, 'Bài bị báo cáo');
  });

  test.each(['spam', 'offensive', 'off-topic', 'other'])('reason %p → 201', async (reason) => {
    const id = await top(article.documentId, `báo cáo ${reason}`);
    const res = await report(strapi, id, reason);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ data: { id, reported: true }, meta: {} });
    const row = await commentRow(strapi, id);
    expect(row.reportCount).toBe(1);
    expect((await strapi.db.query('plugin::newsroom.comment-report').findOne({ where: { commentId: id } })).reason).toBe(reason);
  });

  test('bad reasons and bodies → 400', async () => {
    const id = await top(article.documentId, 'lý do sai');
    for (const body of [{ data: { reason: 'boring' } }, { data: {} }, {}, { data: { reason: 'spam', extra: 1 } }, { data: { reason: ['spam'] } }, { reason: 'spam' }]) {
      const res = await http(strapi).post(`/api/newsroom/comments/${id}/report`).set('X-Forwarded-For', nextIp()).send(body);
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.body.error.name).toBe('ValidationError');
    }
    expect((await commentRow(strapi, id)).reportCount).toBe(0);
  });

  test('unknown, pending, rejected or spam comment → 404; a non-numeric id → 400', async () => {
    const pending = (await submit(strapi, article.documentId, reader())).body.data.id;
    const rejected = await top(article.documentId, 'bị từ chối');
    await moderate(strapi, admin, [rejected], 'rejected');
    for (const id of [99999999, pending, rejected]) {
      const res = await report(strapi, id, 'spam');
      expect([id, res.status]).toEqual([id, 404]);
      expect(res.body.error.name).toBe('NotFoundError');
    }
    expect((await report(strapi, 'abc', 'spam')).status).toBe(400);
    expect((await report(strapi, '0', 'spam')).status).toBe(400);
  });

  test('threshold (default 3): back to pending, out of the thread and the count; the same sender counts once', async () => {
    const id = await top(article.documentId, 'gây tranh cãi');
    const before = await countOf(article.documentId);
    const ip = nextIp();
    expect((await report(strapi, id, 'spam', ip)).status).toBe(201);
    expect((await report(strapi, id, 'offensive', ip)).status).toBe(201);
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 1, status: 'approved' });
    await report(strapi, id, 'spam');
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 2, status: 'approved' });
    await report(strapi, id, 'other');
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 3, status: 'pending' });
    expect((await thread(strapi, article.documentId, '?pageSize=100')).body.data.map((n: Node) => n.id)).not.toContain(id);
    expect(await countOf(article.documentId)).toBe(before - 1);
    const history = await http(strapi).get(`/newsroom/comments/${id}/history`).set(bearer(admin));
    expect(history.body.data.at(-1)).toMatchObject({ from: 'approved', to: 'pending', reason: '3 reports', actor: { type: 'report', id: null, name: null } });
    // Now pending, it cannot be reported.
    expect((await report(strapi, id, 'spam')).status).toBe(404);

    // A moderator approves it again: it takes as many new reports to send it back.
    await moderate(strapi, admin, [id], 'approved');
    await report(strapi, id, 'spam');
    await report(strapi, id, 'spam');
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 5, status: 'approved' });
    await report(strapi, id, 'spam');
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 6, status: 'pending' });
  });

  test('the threshold is configurable', async () => {
    await withCommentsConfig(strapi, { reportThreshold: 1 }, async () => {
      const id = await top(article.documentId, 'một báo cáo là đủ');
      await report(strapi, id, 'offensive');
      expect((await commentRow(strapi, id)).status).toBe('pending');
    });
  });

  test('a logged-in reader counts once whatever the IP', async () => {
    await grantRole(strapi, 'authenticated', ['plugin::newsroom.comment.report']);
    const jwt = await loginAuthenticatedUser(strapi);
    const id = await top(article.documentId, 'người dùng báo cáo');
    expect((await report(strapi, id, 'spam', nextIp(), jwt)).status).toBe(201);
    expect((await report(strapi, id, 'spam', nextIp(), jwt)).status).toBe(201);
    expect((await commentRow(strapi, id)).reportCount).toBe(1);
  });

  test('GraphQL: newsroomReportComment, same rules and errors', async () => {
    const id = await top(article.documentId, 'báo cáo qua GraphQL');
    const mutation = 'mutation ($id: ID!, $r: String!) { newsroomReportComment(id: $id, reason: $r) { id reported } }';
    const ok = await graphql(strapi, mutation, { id: String(id), r: 'spam' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.newsroomReportComment).toEqual({ id: String(id), reported: true });
    expect((await graphql(strapi, mutation, { id: String(id), r: 'boring' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql(strapi, mutation, { id: 'abc', r: 'spam' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql(strapi, mutation, { id: '99999999', r: 'spam' })).errors?.[0]?.extensions?.code).toBe('STRAPI_NOT_FOUND_ERROR');
    expect((await commentRow(strapi, id)).reportCount).toBe(1);
    expect(await strapi.db.query(COMMENT).count({ where: { id, status: 'approved' } })).toBe(1);
  });
});
