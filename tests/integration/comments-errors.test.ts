/**
 * §7 of issue 6: every bad input a reader can send to the comment API gets a 4xx in Strapi's error
 * shape with a clear message; nothing produces a 500.
 */
import type { Core } from '@strapi/strapi';
import {
  COMMENT,
  approvedComment,
  errorPaths,
  nextIp,
  publishedArticle,
  reader,
  report,
  startCommentsApp,
  submit,
  thread,
  type CommentsApp,
} from '../helpers/comments';
import { bearer, graphql, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let article: { documentId: string };
let approved: number;

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
  article = await publishedArticle(strapi, 'Bài để thử lỗi');
  approved = await approvedComment(strapi, admin, article.documentId);
});
afterAll(() => stopStrapi(app));

const url = () => `/api/newsroom/articles/${article.documentId}/comments`;
const raw = (body: string, type = 'application/json') =>
  http(strapi).post(url()).set('X-Forwarded-For', nextIp()).set('Content-Type', type).send(body);
/** Strapi's error shape, with this status. */
const expectError = (res: { status: number; body: unknown }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({
    data: null,
    error: { status, name: expect.any(String), message: expect.any(String), details: expect.anything() },
  });
  expect((res.body as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
};

describe('submission bodies', () => {
  // Refused by Strapi's body parser (koa-body, strict JSON: objects and lists only), before any
  // route: Strapi's error shape without details.
  test('malformed JSON, or JSON that is not an object or a list → 400', async () => {
    for (const body of ['{"data": {', '{data: {}}', "{'data': 1}", '{"data": {"content": "x"}}}', '"bình luận"', '42', 'null']) {
      const res = await raw(body);
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.body.data).toBeNull();
      expect(res.body.error.status).toBe(400);
    }
  });

  test.each([
    ['a list', '[{"content": "x"}]'],
    ['data a string', '{"data": "x"}'],
    ['data a list', '{"data": []}'],
    ['data null', '{"data": null}'],
    ['no data', '{"authorName": "A", "authorEmail": "a@example.vn", "content": "x"}'],
  ])('a body that is %s → 400', async (_, body) => {
    const res = await raw(body);
    expectError(res, 400);
    expect(res.body.error.name).toBe('ValidationError');
  });

  test('an unknown top-level field next to data → 400', async () => {
    const res = await http(strapi).post(url()).set('X-Forwarded-For', nextIp()).send({ data: reader(), status: 'approved' });
    expectError(res, 400);
    expect(errorPaths(res.body)).toEqual(['status']);
  });

  test.each([
    ['content a number', { content: 5 }, 'content'],
    ['content a list', { content: ['a', 'b'] }, 'content'],
    ['content an object', { content: { text: 'x' } }, 'content'],
    ['content a boolean', { content: true }, 'content'],
    ['authorName a number', { authorName: 12 }, 'authorName'],
    ['authorName too long', { authorName: 'A'.repeat(101) }, 'authorName'],
    ['authorEmail an object', { authorEmail: { a: 1 } }, 'authorEmail'],
    ['authorEmail too long', { authorEmail: `${'a'.repeat(250)}@example.vn` }, 'authorEmail'],
    ['parent an object', { parent: { id: 1 } }, 'parent'],
    ['parent a list', { parent: [1] }, 'parent'],
    ['parent a boolean', { parent: true }, 'parent'],
    ['parent zero', { parent: 0 }, 'parent'],
    ['parent a huge number', { parent: 1e20 }, 'parent'],
    ['an unknown field', { status: 'approved' }, 'status'],
    ['isStaff', { isStaff: true }, 'isStaff'],
    ['a NUL character in the content', { content: 'a\u0000b' }, 'content'],
    ['a control character in the name', { authorName: 'Tên\u0007' }, 'authorName'],
    ['a NUL character in the email', { authorEmail: 'ban\u0000@example.vn' }, 'authorEmail'],
  ])('%s → 400 on that field', async (_, extra, field) => {
    const res = await submit(strapi, article.documentId, reader(extra));
    expectError(res, 400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(errorPaths(res.body)).toEqual([field]);
  });

  test('line breaks and tabs are text, kept as typed', async () => {
    const res = await submit(strapi, article.documentId, reader({ content: 'Dòng một\nDòng hai\r\n\tthụt lề' }));
    expect(res.status).toBe(201);
    expect(res.body.data.content).toBe('Dòng một\nDòng hai\r\n\tthụt lề');
  });

  test('a body over the size limit → 413', async () => {
    const res = await submit(strapi, article.documentId, reader({ content: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  test('text/plain and form bodies → 400, nothing stored', async () => {
    const before = await strapi.db.query(COMMENT).count();
    expectError(await raw('content=x', 'text/plain'), 400);
    expectError(await raw('data=x', 'application/x-www-form-urlencoded'), 400);
    expect(await strapi.db.query(COMMENT).count()).toBe(before);
  });

  test('a reply to a comment of another article → 400 naming the parent', async () => {
    const elsewhere = await publishedArticle(strapi, 'Bài khác');
    const res = await submit(strapi, elsewhere.documentId, reader({ parent: approved }));
    expectError(res, 400);
    expect(errorPaths(res.body)).toEqual(['parent']);
    expect(res.body.error.message).toBe('parent must be an approved comment of the same article');
  });

  test.each([
    ['unknown', 'khongcobaiviet'],
    ['very long', 'x'.repeat(2000)],
    ['non-ASCII', encodeURIComponent('bài-viết')],
    ['a numeric id', '1'],
    ['NUL-bearing', '%00'],
    ['punctuated', 'abc%27%20OR%201%3D1'],
  ])('an %s article id → 404', async (_, id) => {
    expectError(await submit(strapi, id, reader()), 404);
    expectError(await thread(strapi, id), 404);
  });
});

test.each(['%00', 'x%00', '*', 'a', 'vi_VN', 'vi--x', '../en'])('locale=%s → 400 on submit and thread', async (locale) => {
  const res = await http(strapi).post(`${url()}?locale=${locale}`).set('X-Forwarded-For', nextIp()).send({ data: reader() });
  expectError(res, 400);
  expect(errorPaths(res.body)).toEqual(['locale']);
  expectError(await thread(strapi, article.documentId, `?locale=${locale}`), 400);
});

test('a locale that does not exist, or where the article is not published → 404', async () => {
  expectError(await submit(strapi, article.documentId, reader(), { locale: 'fr' }), 404);
  expectError(await thread(strapi, article.documentId, '?locale=zh-Hans-CN'), 404);
});

describe('admin bodies and queries with control characters → 400', () => {
  test('q, reason, content', async () => {
    const auth = bearer(admin);
    expectError(await http(strapi).get('/newsroom/comments?q=a%00b').set(auth), 400);
    expectError(await http(strapi).post('/newsroom/comments/moderate').set(auth).send({ ids: [approved], status: 'approved', reason: 'a\u0000b' }), 400);
    expectError(await http(strapi).put(`/newsroom/comments/${approved}`).set(auth).send({ content: 'a\u0000b' }), 400);
    expectError(await http(strapi).post(`/newsroom/comments/${approved}/reply`).set(auth).send({ content: 'a\u0000b' }), 400);
  });
});

describe('thread queries', () => {
  test.each([
    'page=abc',
    'page=0',
    'page=-1',
    'page=1.5',
    'page=1e3',
    'page[]=1',
    'page[a]=1',
    'pageSize=abc',
    'pageSize=0',
    'pageSize=1001',
    'pageSize=',
    'sort=random',
    'sort[]=newest',
    'sort=',
    'filters[status]=pending',
    'status=pending',
    'populate=*',
  ])('%p → 400', async (query) => {
    const res = await thread(strapi, article.documentId, `?${query}`);
    expectError(res, 400);
    expect(res.body.error.name).toBe('ValidationError');
  });
});

describe('reports', () => {
  test('unknown comment → 404; bad ids → 400; malformed bodies → 400', async () => {
    expectError(await report(strapi, 99999999, 'spam'), 404);
    expectError(await report(strapi, 'abc', 'spam'), 400);
    expectError(await report(strapi, '1.5', 'spam'), 400);
    expectError(await report(strapi, '99999999999999999999', 'spam'), 400);
    const post = (body: string) => http(strapi).post(`/api/newsroom/comments/${approved}/report`).set('X-Forwarded-For', nextIp()).set('Content-Type', 'application/json').send(body);
    for (const body of ['{"data":', '"spam"', '[]', 'null', '{"data": {"reason": 5}}', '{"data": {"reason": "spam"}, "extra": 1}']) {
      const res = await post(body);
      expect([body, res.status]).toEqual([body, 400]);
    }
  });
});

describe('GraphQL', () => {
  const submitMutation = 'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id status } }';
  const codeOf = async (query: string, variables: Record<string, unknown>) => {
    const res = await http(strapi).post('/graphql').set('X-Forwarded-For', nextIp()).send({ query, variables });
    expect(res.status).not.toBe(500);
    expect(res.body.errors).toHaveLength(1);
    return res.body.errors[0].extensions.code as string;
  };

  test('wrong types and unknown fields are refused by the schema', async () => {
    for (const d of [reader({ content: 5 }), reader({ content: ['a'] }), reader({ content: { a: 1 } }), reader({ status: 'approved' })]) {
      expect(await codeOf(submitMutation, { a: article.documentId, d })).toBe('BAD_USER_INPUT');
    }
    expect(await codeOf('query { newsroomCommentThread(article: "x", page: "abc") { sort } }', {})).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the rules answer with their own errors', async () => {
    expect(await codeOf(submitMutation, { a: article.documentId, d: reader({ authorEmail: 'sai' }) })).toBe('BAD_USER_INPUT');
    expect(await codeOf(submitMutation, { a: article.documentId, d: reader({ content: 'a\u0000b' }) })).toBe('BAD_USER_INPUT');
    expect(await codeOf(submitMutation, { a: article.documentId, d: reader({ parent: '99999999' }) })).toBe('BAD_USER_INPUT');
    expect(await codeOf(submitMutation, { a: article.documentId, d: reader({ parent: 'abc' }) })).toBe('BAD_USER_INPUT');
    expect(await codeOf(submitMutation, { a: 'khongco', d: reader() })).toBe('STRAPI_NOT_FOUND_ERROR');
    const thread = 'query ($a: ID!, $p: Int, $s: Int, $o: String) { newsroomCommentThread(article: $a, page: $p, pageSize: $s, sort: $o) { sort } }';
    expect(await codeOf(thread, { a: article.documentId, p: 0 })).toBe('BAD_USER_INPUT');
    expect(await codeOf(thread, { a: article.documentId, s: 5000 })).toBe('BAD_USER_INPUT');
    expect(await codeOf(thread, { a: article.documentId, o: 'random' })).toBe('BAD_USER_INPUT');
    const graphqlError = await graphql(strapi, submitMutation, { a: article.documentId, d: reader({ authorEmail: 'sai' }) });
    expect(graphqlError.errors?.[0]?.message).toBe('authorEmail must be a valid email address');
  });
});
