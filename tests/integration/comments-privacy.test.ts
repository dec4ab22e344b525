/**
 * §2 and §6 of issue 6: a commenter's email, IP (and its hash) and user agent appear in no public
 * response, error, GraphQL answer or schema, and in no log line; comments that are not approved
 * are reachable through nothing public (no shadow CRUD, no `_q`, no `populate`).
 */
import type { Core } from '@strapi/strapi';
import { ADMIN } from '../helpers/admin-user';
import {
  COMMENT,
  commentRow,
  moderate,
  publishedArticle,
  reader,
  report,
  startCommentsApp,
  submit,
  thread,
  type CommentsApp,
} from '../helpers/comments';
import { bearer, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let article: { documentId: string };

const EMAIL = `bi.mat.${process.pid}@rieng-tu.example.vn`;
const IP = '198.51.100.77';
const AGENT = 'Mozilla/5.0 (PrivacyProbe; secret-agent-7f3a)';
/** Marks the text of comments the public must never see. */
const HIDDEN = { pending: 'DANG-CHO-DUYET-91', rejected: 'DA-TU-CHOI-92', spam: 'THU-RAC-93' };

/** Every public answer (status line, headers, body), to search at the end. */
const seen: string[] = [];
const record = (res: { status: number; headers: Record<string, unknown>; text?: string; body?: unknown }) => {
  seen.push(`${res.status} ${JSON.stringify(res.headers)} ${res.text ?? JSON.stringify(res.body)}`);
  return res;
};
const gql = async (query: string, variables: Record<string, unknown> = {}, ip = IP) => {
  const res = await http(strapi).post('/graphql').set('X-Forwarded-For', ip).set('User-Agent', AGENT).send({ query, variables });
  record(res);
  return res.body as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
};
const me = (extra: Record<string, unknown> = {}) => reader({ authorEmail: EMAIL, ...extra });

/** Log lines written through strapi.log at info level and above (and http), captured with spies. */
const logged: string[] = [];

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
  article = await publishedArticle(strapi, 'Bài về quyền riêng tư');
  for (const level of ['error', 'warn', 'info', 'http'] as const) {
    const original = strapi.log[level].bind(strapi.log);
    jest.spyOn(strapi.log, level).mockImplementation(((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg, Object.getOwnPropertyNames(arg ?? {})))).join(' '));
      return (original as (...a: unknown[]) => unknown)(...args);
    }) as never);
  }
});
afterAll(async () => {
  jest.restoreAllMocks();
  await stopStrapi(app);
});

describe('the private fields never leave the server', () => {
  let id: number;
  let ipHash: string;

  test('every public route, answer and error', async () => {
    const post = (data: unknown, ip = IP) => submit(strapi, article.documentId, data, { ip, userAgent: AGENT }).then(record);

    // Submission, then the same again (409), then flood (429), then bad input echoing the email.
    const first = await post(me({ content: 'Bình luận có email riêng tư.' }));
    expect(first.status).toBe(201);
    id = first.body.data.id;
    const row = await commentRow(strapi, id);
    expect(row).toMatchObject({ authorEmail: EMAIL, userAgent: AGENT });
    ipHash = row.ipHash;
    expect(ipHash).toMatch(/^[0-9a-f]{64}$/);

    expect((await post(me({ content: 'Bình luận có email riêng tư.' }), '198.51.100.78')).status).toBe(409);
    expect((await post(me({ content: 'Lần nữa, quá nhanh.' }), '198.51.100.79')).status).toBe(429);
    expect((await post(reader({ content: 'Cùng IP, quá nhanh.' }))).status).toBe(429);
    expect((await post(me({ authorEmail: `${EMAIL}<script>`, content: 'Email sai.' }))).status).toBe(400);
    expect((await post(me({ content: 5 }))).status).toBe(400);
    expect((await post(me({ parent: 99999999, content: 'Cha không có.' }))).status).toBe(400);
    expect((await post(me({ extra: 'trường lạ' }))).status).toBe(400);
    expect((await submit(strapi, 'khongco', me(), { ip: IP, userAgent: AGENT }).then(record)).status).toBe(404);

    // Comments in every other status, with markers the public must never see.
    for (const [status, marker] of Object.entries(HIDDEN)) {
      // Not recorded: the answer to a submission shows its sender what they sent.
      const res = await submit(strapi, article.documentId, reader({ content: `Nội dung ${marker}` }), { ip: `198.51.100.${status.length + 100}` });
      expect(res.status).toBe(201);
      if (status !== 'pending') await moderate(strapi, admin, [res.body.data.id], status);
    }

    // Approved, with a staff reply (the admin's email is private too), reported.
    await moderate(strapi, admin, [id], 'approved');
    const staff = await http(strapi).post(`/newsroom/comments/${id}/reply`).set(bearer(admin)).send({ content: 'Toà soạn trả lời.' });
    expect(staff.status).toBe(201);
    for (const query of ['', '?sort=oldest', '?pageSize=1&page=1', '?page=abc', '?sort=x', '?foo=1', '?locale=en']) {
      record(await thread(strapi, article.documentId, query));
    }
    expect((await report(strapi, id, 'spam', IP).then(record)).status).toBe(201);
    expect((await report(strapi, id, 'boring', IP).then(record)).status).toBe(400);
    expect((await report(strapi, 99999999, 'spam', IP).then(record)).status).toBe(404);

    // The article, read every way.
    for (const route of [
      `/api/newsroom/articles/${article.documentId}`,
      '/api/newsroom/articles',
      '/api/newsroom/articles?populate=*',
      `/api/newsroom/articles?_q=${encodeURIComponent(EMAIL)}`,
      `/api/newsroom/articles?_q=${HIDDEN.pending}`,
    ]) {
      record(await http(strapi).get(route));
    }

    // GraphQL: thread, submission, report, and their errors.
    const submitMutation = 'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id parentId authorName content isStaff createdAt status } }';
    const ok = await gql(submitMutation, { a: article.documentId, d: me({ content: 'Qua GraphQL.' }) }, '198.51.100.80');
    expect(ok.errors?.[0]?.message).toMatch(/Please wait/); // the same email, too soon
    await strapi.db.query(COMMENT).updateMany({ where: { authorEmail: EMAIL }, data: { createdAt: new Date(Date.now() - 3600000) } });
    const accepted = await gql(submitMutation, { a: article.documentId, d: me({ content: 'Qua GraphQL.' }) }, '198.51.100.81');
    expect(accepted.errors).toBeUndefined();
    expect((await gql(submitMutation, { a: article.documentId, d: me({ content: 'Qua GraphQL.' }) }, '198.51.100.82')).errors?.[0]?.message).toBe(
      'You have already posted this comment on this article'
    );
    expect((await gql(submitMutation, { a: article.documentId, d: me({ authorEmail: `x${EMAIL}x@`, content: '' }) })).errors).toHaveLength(1);
    expect((await gql(submitMutation, { a: 'khongco', d: me() })).errors).toHaveLength(1);
    await gql('query ($a: ID!) { newsroomCommentThread(article: $a, pageSize: 100, sort: "oldest") { nodes { id parentId authorName content isStaff createdAt replyCount replies { id authorName content isStaff replies { id content } } } pagination { total } sort } }', {
      a: article.documentId,
    });
    await gql('query ($a: ID!) { newsroomCommentThread(article: $a, page: 0) { sort } }', { a: article.documentId });
    await gql('mutation ($id: ID!) { newsroomReportComment(id: $id, reason: "spam") { id reported } }', { id: String(id) }, '198.51.100.83');
    await gql('query { newsroomArticles { documentId title commentCount } }');
    await gql(`query { newsroomArticles(filters: { title: { containsi: "${HIDDEN.spam}" } }) { documentId } }`);

    const everything = seen.join('\n');
    expect(everything).toContain('Bình luận có email riêng tư.');
    expect(everything).toContain('Toà soạn trả lời.');
    for (const secret of [EMAIL, EMAIL.split('@')[0], ipHash, IP, AGENT, 'secret-agent', ADMIN.email, ...Object.values(HIDDEN)]) {
      expect([secret, everything.includes(secret)]).toEqual([secret, false]);
    }
    // No private field by name either (`authorEmail` is named in validation messages, never with a value).
    expect(everything.match(/ipHash|userAgent|contentHash|authorUserId|staffUserId|senderHash/g)).toBeNull();
  });

  test('log lines (error, warn, info, http) hold no email, IP, IP hash or user agent', () => {
    expect(logged.length).toBeGreaterThan(0); // the request logger's lines, at least
    const all = logged.join('\n');
    for (const secret of [EMAIL, ipHash, IP, AGENT, ADMIN.email]) {
      expect([secret, all.includes(secret)]).toEqual([secret, false]);
    }
  });
});

describe('the GraphQL schema', () => {
  interface Field {
    name: string;
    args?: Array<{ name: string }>;
  }
  interface Type {
    name: string;
    kind: string;
    fields: Field[] | null;
    inputFields: Field[] | null;
  }
  let types: Type[];

  beforeAll(async () => {
    const res = await gql('{ __schema { types { name kind fields { name args { name } } inputFields { name } } } }');
    expect(res.errors).toBeUndefined();
    types = (res.data?.__schema as { types: Type[] }).types;
  });
  const type = (name: string) => types.find((t) => t.name === name);

  test('NewsroomComment has exactly its public fields', () => {
    expect(type('NewsroomComment')?.fields?.map((f) => f.name).sort()).toEqual(
      ['authorName', 'content', 'createdAt', 'id', 'isStaff', 'parentId', 'replies', 'replyCount'].sort()
    );
    expect(type('NewsroomSubmittedComment')?.fields?.map((f) => f.name).sort()).toEqual(
      ['authorName', 'content', 'createdAt', 'id', 'isStaff', 'parentId', 'status'].sort()
    );
  });

  test('no type, field or input anywhere names a private field', () => {
    const names = types.flatMap((t) => [t.name, ...(t.fields ?? []).map((f) => `${t.name}.${f.name}`), ...(t.inputFields ?? []).map((f) => `${t.name}.${f.name}`)]);
    const leaks = names.filter((name) => /ipHash|userAgent|contentHash|authorUserId|staffUserId|senderHash/i.test(name));
    expect(leaks).toEqual([]);
    // authorEmail only as what a reader types in (the input), never as something read back.
    expect(names.filter((name) => /authorEmail/i.test(name))).toEqual(['NewsroomCommentInput.authorEmail']);
  });

  test('no shadow CRUD for comments, their events or reports', () => {
    const commentTypes = types.map((t) => t.name).filter((name) => /comment/i.test(name)).sort();
    expect(commentTypes).toEqual(
      ['NewsroomComment', 'NewsroomCommentInput', 'NewsroomCommentPagination', 'NewsroomCommentReport', 'NewsroomCommentThread', 'NewsroomSubmittedComment'].sort()
    );
    const query = type('Query')!.fields!.map((f) => f.name);
    const mutation = type('Mutation')!.fields!.map((f) => f.name);
    expect(query.filter((name) => /comment/i.test(name))).toEqual(['newsroomCommentThread']);
    expect(mutation.filter((name) => /comment/i.test(name)).sort()).toEqual(['newsroomReportComment', 'newsroomSubmitComment']);
    // The thread takes no status: nothing public reaches pending, rejected or spam comments.
    expect(type('Query')!.fields!.find((f) => f.name === 'newsroomCommentThread')!.args!.map((a) => a.name).sort()).toEqual(
      ['article', 'locale', 'page', 'pageSize', 'sort'].sort()
    );
    // Articles (and every other type) have no relation to comments, only the count.
    const reachable = types.flatMap((t) => (t.fields ?? []).filter((f) => /comment/i.test(f.name)).map((f) => `${t.name}.${f.name}`));
    expect(reachable.filter((name) => !/^(Query|Mutation)\./.test(name)).sort()).toEqual(
      ['NewsroomArticle.commentCount', 'NewsroomArticle.commentsEnabled'].sort()
    );
  });

  test('shadow CRUD queries for comments do not exist', async () => {
    for (const query of [
      '{ newsroomComments { documentId } }',
      '{ comments { documentId } }',
      '{ comment(documentId: "x") { documentId } }',
      '{ newsroomComment(documentId: "x") { documentId } }',
      '{ newsroomCommentEvents { documentId } }',
      '{ newsroomArticles { comments { content } } }',
    ]) {
      const res = await gql(query);
      expect([query, res.errors?.[0]?.extensions?.code]).toEqual([query, 'GRAPHQL_VALIDATION_FAILED']);
    }
  });
});

describe('REST: no generic comment routes, no populate, no _q into comments', () => {
  test.each([
    '/api/newsroom/comments',
    '/api/newsroom/comments/1',
    '/api/newsroom/comment-events',
    '/api/newsroom/comment-reports',
    '/api/comments',
  ])('GET %s → 404 or 405', async (route) => {
    const res = await http(strapi).get(route);
    expect([404, 405]).toContain(res.status);
  });

  test('populate and filters cannot reach comments', async () => {
    for (const route of [
      '/api/newsroom/articles?populate=comments',
      '/api/newsroom/articles?populate[comments]=true',
      '/api/newsroom/articles?filters[comments][content][$contains]=x',
      '/api/newsroom/bylines?populate=comments',
      '/api/sections?populate=comments',
    ]) {
      const res = await http(strapi).get(route);
      expect([route, res.status]).toEqual([route, 400]);
    }
    for (const base of ['/api/newsroom/articles', '/api/newsroom/bylines', '/api/sections', '/api/topics']) {
      for (const q of [HIDDEN.rejected, EMAIL]) {
        const rows = await http(strapi).get(`${base}?_q=${encodeURIComponent(q)}`);
        expect([base, rows.status, rows.body.data]).toEqual([base, 200, []]);
      }
    }
  });
});
