/**
 * §3 of issue 6: the submission rules, in order, through REST (and GraphQL where the rule answers
 * differently), each setting changed at run time with strapi.config.set and restored afterwards.
 */
import type { Core } from '@strapi/strapi';
import { grantRole } from '../../playground/src/seed/permissions';
import {
  COMMENT,
  COMMENT_EVENT,
  ageComment,
  approvedComment,
  commentRow,
  errorPaths,
  moderate,
  nextIp,
  publishedArticle,
  reader,
  setCommentsConfig,
  startCommentsApp,
  submit,
  thread,
  withCommentsConfig,
  type CommentsApp,
} from '../helpers/comments';
import { createArticle } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';
import { loginAuthenticatedUser } from '../helpers/users';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let article: { documentId: string };
let other: { documentId: string };

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
  article = await publishedArticle(strapi, 'Quy hoạch đô thị Thanh Hoá');
  other = await publishedArticle(strapi, 'Một bài khác');
});
afterAll(() => stopStrapi(app));

const statusOf = async (id: number) => (await commentRow(strapi, id)).status as string;
const reasonsOf = async (id: number) =>
  (await strapi.db.query(COMMENT_EVENT).findMany({ where: { commentId: id }, orderBy: { id: 'asc' } })).map((e: { reason: string }) => e.reason);

describe('validation → 400 with field-level details', () => {
  test('missing fields, each named', async () => {
    const res = await submit(strapi, article.documentId, {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(errorPaths(res.body)).toEqual(['authorEmail', 'authorName', 'content']);
    expect(res.body.error.message).toMatch(/authorName is required/);
  });

  test('blank fields (spaces, tabs, line breaks) count as missing', async () => {
    const res = await submit(strapi, article.documentId, { authorName: '   ', authorEmail: '\t', content: '\n  \n' });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['authorEmail', 'authorName', 'content']);
  });

  test.each(['khong-phai-email', 'a@b', 'ban doc@example.vn', '@example.vn', 'ban@', 'ban@@example.vn'])('invalid email %p', async (email) => {
    const res = await submit(strapi, article.documentId, reader({ authorEmail: email }));
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['authorEmail']);
    expect(res.body.error.details.errors[0].message).toBe('authorEmail must be a valid email address');
  });

  test('content over the maximum (default 5,000; configurable)', async () => {
    const long = await submit(strapi, article.documentId, reader({ content: 'ạ'.repeat(5001) }));
    expect(long.status).toBe(400);
    expect(errorPaths(long.body)).toEqual(['content']);
    expect(long.body.error.details.errors[0].message).toMatch(/at most 5000 characters/);
    expect((await submit(strapi, article.documentId, reader({ content: 'ạ'.repeat(5000) }))).status).toBe(201);

    await withCommentsConfig(strapi, { maxLength: 20 }, async () => {
      const res = await submit(strapi, article.documentId, reader({ content: 'Bình luận dài hơn hai mươi ký tự.' }));
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].message).toMatch(/at most 20 characters/);
      expect((await submit(strapi, article.documentId, reader({ content: 'Đúng hai mươi ký tự!' }))).status).toBe(201);
    });
  });

  test('content length counts characters as typed: NFD input is not longer than NFC', async () => {
    await withCommentsConfig(strapi, { maxLength: 10 }, async () => {
      const res = await submit(strapi, article.documentId, reader({ content: 'Hoạt động!'.normalize('NFD') }));
      expect(res.status).toBe(201);
      expect(res.body.data.content).toBe('Hoạt động!'.normalize('NFC'));
    });
  });

  test('parent: unknown, of another article, not approved, or not an id → 400 on parent', async () => {
    const elsewhere = await approvedComment(strapi, admin, other.documentId);
    const waiting = (await submit(strapi, article.documentId, reader())).body.data.id;
    for (const parent of [99999999, elsewhere, waiting, 'abc', -1, 1.5]) {
      const res = await submit(strapi, article.documentId, reader({ parent }));
      expect([parent, res.status]).toEqual([parent, 400]);
      expect(errorPaths(res.body)).toEqual(['parent']);
    }
  });

  test('every problem at once', async () => {
    const res = await submit(strapi, article.documentId, { authorName: 5, authorEmail: 'x', content: ['a'], parent: 'p', extra: 1 });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['authorEmail', 'authorName', 'content', 'extra', 'parent']);
  });
});

describe('the article', () => {
  test('unknown article → 404', async () => {
    const res = await submit(strapi, 'khongcobaivietnay', reader());
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });

  test('a draft that was never published → 404; an unpublished article → 404', async () => {
    const draft = await createArticle(strapi, { title: 'Bản nháp' }, { status: 'draft' });
    expect((await submit(strapi, draft.documentId, reader())).status).toBe(404);
    const gone = await publishedArticle(strapi, 'Sẽ gỡ');
    expect((await submit(strapi, gone.documentId, reader())).status).toBe(201);
    await strapi.documents('plugin::newsroom.article').unpublish({ documentId: gone.documentId });
    expect((await submit(strapi, gone.documentId, reader())).status).toBe(404);
    expect((await thread(strapi, gone.documentId)).status).toBe(404);
  });

  test('commentsEnabled: false → 403 that says comments are closed (REST and GraphQL)', async () => {
    const closed = await publishedArticle(strapi, 'Đóng bình luận', { commentsEnabled: false });
    const res = await submit(strapi, closed.documentId, reader());
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ data: null, error: { status: 403, message: 'Comments are closed on this article' } });
    const gql = await graphql(strapi, 'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id } }', {
      a: closed.documentId,
      d: reader(),
    });
    expect(gql.errors?.[0]).toMatchObject({ message: 'Comments are closed on this article', extensions: { code: 'FORBIDDEN' } });
    expect(await strapi.db.query(COMMENT).count({ where: { articleDocumentId: closed.documentId } })).toBe(0);
  });

  test('closeAfterDays: off by default; on, an older article is closed with a 403 that says why', async () => {
    const old = await publishedArticle(strapi, 'Bài cũ');
    await strapi.db
      .query('plugin::newsroom.article')
      .updateMany({ where: { documentId: old.documentId }, data: { originalPublishedAt: new Date(Date.now() - 40 * 86400000) } });
    expect((await submit(strapi, old.documentId, reader())).status).toBe(201);
    await withCommentsConfig(strapi, { closeAfterDays: 30 }, async () => {
      const res = await submit(strapi, old.documentId, reader());
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe('Comments are closed: they close 30 days after publication');
      expect((await submit(strapi, article.documentId, reader())).status).toBe(201);
    });
    await withCommentsConfig(strapi, { closeAfterDays: 41 }, async () => {
      expect((await submit(strapi, old.documentId, reader())).status).toBe(201);
    });
  });
});

describe('honeypot, duplicates, flood', () => {
  test('honeypot filled → accepted-looking 201, stored as spam, not notified, not counted', async () => {
    const res = await submit(strapi, article.documentId, reader({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('pending');
    expect(await statusOf(res.body.data.id)).toBe('spam');
    // An empty honeypot is what a person sends.
    const person = await submit(strapi, article.documentId, reader({ website: '' }));
    expect(person.status).toBe(201);
    expect(await statusOf(person.body.data.id)).toBe('pending');
  });

  test('the honeypot field name is configurable', async () => {
    await withCommentsConfig(strapi, { honeypotField: 'fax' }, async () => {
      const res = await submit(strapi, article.documentId, reader({ fax: '0123' }));
      expect(res.status).toBe(201);
      expect(await statusOf(res.body.data.id)).toBe('spam');
      // The old name is now an unknown field.
      expect((await submit(strapi, article.documentId, reader({ website: 'x' }))).status).toBe(400);
    });
  });

  test('duplicate (same email, same content, same article) → 409, whatever the spacing and case', async () => {
    const data = reader();
    expect((await submit(strapi, article.documentId, data)).status).toBe(201);
    const again = await submit(strapi, article.documentId, { ...data, content: `  ${data.content.toUpperCase().replace(/ /g, '   ')} ` });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError', message: 'You have already posted this comment on this article' } });
    // The email is compared case-insensitively.
    expect((await submit(strapi, article.documentId, { ...data, authorEmail: data.authorEmail.toUpperCase() })).status).toBe(409);
    await withCommentsConfig(strapi, { floodIntervalSeconds: 0 }, async () => {
      // Another article, or other words, is not a duplicate.
      expect((await submit(strapi, other.documentId, data)).status).toBe(201);
      expect((await submit(strapi, article.documentId, { ...data, content: `${data.content} Thêm ý.` })).status).toBe(201);
    });
  });

  test('flood: the same IP again within the interval → 429 with Retry-After', async () => {
    const ip = nextIp();
    const first = await submit(strapi, article.documentId, reader(), { ip });
    expect(first.status).toBe(201);
    const res = await submit(strapi, article.documentId, reader(), { ip });
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    const wait = Number(res.headers['retry-after']);
    expect(Number.isInteger(wait)).toBe(true);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(15);
    expect(res.body.error.message).toBe(`Please wait ${wait} s before commenting again`);
    // Once the interval has passed (the first comment moved back in time), the sender may comment.
    await ageComment(strapi, first.body.data.id, 16);
    expect((await submit(strapi, article.documentId, reader(), { ip })).status).toBe(201);
  });

  test('flood: the same email from another IP → 429; configurable; 0 turns it off', async () => {
    const data = reader();
    expect((await submit(strapi, article.documentId, data)).status).toBe(201);
    expect((await submit(strapi, article.documentId, { ...data, content: 'Ý khác hẳn.' })).status).toBe(429);
    await withCommentsConfig(strapi, { floodIntervalSeconds: 0 }, async () => {
      expect((await submit(strapi, article.documentId, { ...data, content: 'Ý khác nữa.' })).status).toBe(201);
    });
    const ip = nextIp();
    const first = await submit(strapi, article.documentId, reader(), { ip });
    await ageComment(strapi, first.body.data.id, 100);
    expect((await submit(strapi, article.documentId, reader(), { ip })).status).toBe(201);
    await withCommentsConfig(strapi, { floodIntervalSeconds: 3600 }, async () => {
      const res = await submit(strapi, article.documentId, reader(), { ip });
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
    });
  });

  test('a refused submission stores nothing', async () => {
    const before = await strapi.db.query(COMMENT).count();
    const data = reader();
    await submit(strapi, article.documentId, { ...data, authorEmail: 'sai' });
    await submit(strapi, 'khongco', data);
    expect(await strapi.db.query(COMMENT).count()).toBe(before);
  });
});

describe('content is plain text', () => {
  const html = '<script>alert("xss")</script><img src=x onerror=alert(1)> <b>đậm</b> &amp; &lt;';

  test('stored as typed and returned as the same text by REST, GraphQL and the admin API', async () => {
    const res = await submit(strapi, article.documentId, reader({ content: html, authorName: '<i>Tên</i>' }));
    expect(res.status).toBe(201);
    expect(res.type).toBe('application/json');
    expect(res.body.data.content).toBe(html);
    expect((await commentRow(strapi, res.body.data.id)).content).toBe(html);
    await moderate(strapi, admin, [res.body.data.id], 'approved');

    const rest = await thread(strapi, article.documentId, '?pageSize=100');
    expect(rest.type).toBe('application/json');
    const node = rest.body.data.find((c: { id: number }) => c.id === res.body.data.id);
    expect(node).toMatchObject({ content: html, authorName: '<i>Tên</i>' });

    const gql = await graphql(strapi, 'query ($a: ID!) { newsroomCommentThread(article: $a, pageSize: 100) { nodes { id content } } }', { a: article.documentId });
    const gqlNode = (gql.data?.newsroomCommentThread as { nodes: Array<{ id: string; content: string }> }).nodes.find((c) => Number(c.id) === res.body.data.id);
    expect(gqlNode?.content).toBe(html);

    const list = await http(strapi).get(`/newsroom/comments?q=${encodeURIComponent('<script>')}`).set(bearer(admin));
    expect(list.status).toBe(200);
    expect(list.type).toBe('application/json');
    expect(list.body.data.map((c: { content: string }) => c.content)).toEqual([html]);
  });
});

describe('content rules', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  /** A reader with an approved comment already (a known author). */
  const knownReader = async () => {
    const data = reader();
    // Long enough ago for the flood rule.
    await ageComment(strapi, await approvedComment(strapi, admin, other.documentId, data), 3600);
    return { ...data, content: `Lần nữa: ${data.content}` };
  };

  test('auto-approval of known authors: off by default', async () => {
    const data = await knownReader();
    const res = await submit(strapi, article.documentId, data);
    expect(res.body.data.status).toBe('pending');
  });

  test('auto-approval on: a known author is approved at once and counted; a new one waits', async () => {
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true });
    const before = (await http(strapi).get(`/api/newsroom/articles/${article.documentId}`)).body.data.commentCount;
    const res = await submit(strapi, article.documentId, await knownReader());
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('approved');
    expect(await reasonsOf(res.body.data.id)).toEqual(['known author']);
    expect((await http(strapi).get(`/api/newsroom/articles/${article.documentId}`)).body.data.commentCount).toBe(before + 1);
    expect((await submit(strapi, article.documentId, reader())).body.data.status).toBe('pending');
    // A rejected or pending earlier comment does not make an author known.
    const data = reader();
    const first = await submit(strapi, other.documentId, data);
    await moderate(strapi, admin, [first.body.data.id], 'rejected');
    expect((await submit(strapi, article.documentId, { ...data, content: 'Lần hai.' }, {})).status).toBe(429);
    await ageComment(strapi, first.body.data.id, 60);
    expect((await submit(strapi, article.documentId, { ...data, content: 'Lần hai.' })).body.data.status).toBe('pending');
  });

  test('links at or above the threshold → pending, even for a known author with auto-approval on', async () => {
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true });
    const two = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Xem https://a.example/x và www.b-example.vn nhé' });
    expect(two.body.data.status).toBe('pending');
    expect(await reasonsOf(two.body.data.id)).toEqual(['2 links']);
    const one = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Nguồn: https://a.example/x' });
    expect(one.body.data.status).toBe('approved');
    restore();
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true, linkThreshold: 3 });
    const twoOk = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Xem https://a.example/x và www.b-example.vn nhé' });
    expect(twoOk.body.data.status).toBe('approved');
    restore();
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true, linkThreshold: 1 });
    const oneHeld = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Nguồn: tuoitre.vn' });
    expect(oneHeld.body.data.status).toBe('pending');
  });

  test('a moderation keyword → pending, even for a known author; matched in the name too', async () => {
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true, moderationKeywords: ['tham nhũng', 'bầu cử'] });
    const flagged = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Chuyện THAM   NHŨNG ở đây.' });
    expect(flagged.body.data.status).toBe('pending');
    expect(await reasonsOf(flagged.body.data.id)).toEqual(['moderation keyword']);
    const byName = await submit(strapi, article.documentId, { ...(await knownReader()), authorName: 'Bầu cử sạch' });
    expect(byName.body.data.status).toBe('pending');
    const clean = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Bàn về cử nhân.' });
    expect(clean.body.data.status).toBe('approved');
  });

  test('block list: a word → spam, answered as accepted; whatever else applies', async () => {
    restore = setCommentsConfig(strapi, { autoApproveKnownAuthors: true, blockList: ['cờ bạc'] });
    const res = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Vào chơi CỜ BẠC đi' });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('spam');
    expect(await statusOf(res.body.data.id)).toBe('spam');
    expect(await reasonsOf(res.body.data.id)).toEqual(['block list']);
  });

  test('block list: an email (any case) → spam', async () => {
    restore = setCommentsConfig(strapi, { blockList: ['Ke.Xau@Example.vn'] });
    const res = await submit(strapi, article.documentId, reader({ authorEmail: 'ke.xau@example.VN' }));
    expect(res.body.data.status).toBe('spam');
    expect((await submit(strapi, article.documentId, reader({ authorEmail: 'ke.tot@example.vn' }))).body.data.status).toBe('pending');
  });

  test('block list: an IP address (IPv4 and IPv6) → spam', async () => {
    restore = setCommentsConfig(strapi, { blockList: ['192.0.2.66', '2001:db8::66'] });
    expect((await submit(strapi, article.documentId, reader(), { ip: '192.0.2.66' })).body.data.status).toBe('spam');
    expect((await submit(strapi, article.documentId, reader(), { ip: '2001:db8::66' })).body.data.status).toBe('spam');
    expect((await submit(strapi, article.documentId, reader(), { ip: '192.0.2.67' })).body.data.status).toBe('pending');
  });

  describe('Vietnamese matching through the real submit path', () => {
    beforeEach(() => {
      restore = setCommentsConfig(strapi, { blockList: ['ngu', 'lừa đảo'] });
    });

    test.each([
      'Dự án quy hoạch khu dân cư',
      'Các hoạt động của phường',
      'Bà con ở Thanh Hoá rất vui',
      'Đội ngũ y bác sĩ làm việc tốt',
      'Người dân đồng tình',
      'Nguồn tin đáng tin cậy, nguy cơ thấp',
      'Tôi bị lúa đào trong vườn',
    ])('%p passes (pending, not spam)', async (content) => {
      const res = await submit(strapi, article.documentId, reader({ content }));
      expect(res.status).toBe(201);
      expect(res.body.data.status).toBe('pending');
      expect(await reasonsOf(res.body.data.id)).toEqual(['awaiting moderation']);
    });

    test.each([
      ['the entry itself', 'Đây là lừa đảo'],
      ['upper case, other spacing and punctuation', 'LỪA   ĐẢO!!!'],
      ['hyphenated', 'trò lừa-đảo'],
      ['typed without diacritics', 'may nguoi nay lua dao day'],
      ['typed without diacritics, upper case', 'LUA DAO'],
      ['NFD input', 'Đây là lừa đảo'.normalize('NFD')],
      ['a whole word entry', 'Đồ ngu'],
      ['a whole word entry, capitalised', 'NGU quá'],
    ])('%s → spam', async (_, content) => {
      const res = await submit(strapi, article.documentId, reader({ content }));
      expect(res.status).toBe(201);
      expect(res.body.data.status).toBe('spam');
    });

    test('the same texts as moderation keywords: pass, or held', async () => {
      restore?.();
      restore = setCommentsConfig(strapi, { moderationKeywords: ['ngu', 'lừa đảo'], autoApproveKnownAuthors: true });
      const passes = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'Quy hoạch, hoạt động, Thanh Hoá, đội ngũ, người dân.' });
      expect(passes.body.data.status).toBe('approved');
      const held = await submit(strapi, article.documentId, { ...(await knownReader()), content: 'lua dao' });
      expect(held.body.data.status).toBe('pending');
    });
  });
});

describe('accounts and permissions (Users & Permissions)', () => {
  let jwt: string;
  let me: { id: number; username: string; email: string };

  beforeAll(async () => {
    jwt = await loginAuthenticatedUser(strapi);
    me = (await http(strapi).get('/api/users/me').set(bearer(jwt))).body;
  });

  test('a role without the actions gets 403 on submit, thread and report (REST and GraphQL)', async () => {
    const approved = await approvedComment(strapi, admin, article.documentId);
    const sub = await submit(strapi, article.documentId, reader(), { token: jwt });
    expect(sub.status).toBe(403);
    expect(sub.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
    expect((await thread(strapi, article.documentId, '', jwt)).status).toBe(403);
    expect((await http(strapi).post(`/api/newsroom/comments/${approved}/report`).set(bearer(jwt)).send({ data: { reason: 'spam' } })).status).toBe(403);
    const gql = await graphql(
      strapi,
      'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id } }',
      { a: article.documentId, d: reader() },
      jwt
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const gqlThread = await graphql(strapi, 'query ($a: ID!) { newsroomCommentThread(article: $a) { sort } }', { a: article.documentId }, jwt);
    expect(gqlThread.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('granted, a logged-in reader comments under the account: name and email from it, form values ignored', async () => {
    await grantRole(strapi, 'authenticated', ['plugin::newsroom.comment.submit', 'plugin::newsroom.comment.thread']);
    const res = await submit(strapi, article.documentId, { authorName: 'Giả danh', authorEmail: 'gia.danh@example.vn', content: 'Tôi đăng nhập.' }, { token: jwt });
    expect(res.status).toBe(201);
    expect(res.body.data.authorName).toBe(me.username);
    const row = await commentRow(strapi, res.body.data.id);
    expect(row).toMatchObject({ authorName: me.username, authorEmail: me.email.toLowerCase(), authorUserId: me.id });
    expect(JSON.stringify(res.body)).not.toContain(me.email);
    // Name and email may be left out altogether.
    await ageComment(strapi, res.body.data.id, 60);
    const bare = await submit(strapi, article.documentId, { content: 'Chỉ có nội dung.' }, { token: jwt });
    expect(bare.status).toBe(201);
    expect(bare.body.data.authorName).toBe(me.username);
    // The account's email is the one the flood rule sees.
    const again = await submit(strapi, article.documentId, { authorEmail: 'khac@example.vn', content: 'Lần nữa.' }, { token: jwt });
    expect(again.status).toBe(429);
    expect((await thread(strapi, article.documentId, '', jwt)).status).toBe(200);
  });

  test('GraphQL: the logged-in reader comments under the account too', async () => {
    await strapi.db.query(COMMENT).updateMany({ where: { authorUserId: me.id }, data: { createdAt: new Date(Date.now() - 3600000) } });
    const gql = await graphql(
      strapi,
      'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id authorName status } }',
      { a: article.documentId, d: { authorName: 'Giả danh', authorEmail: 'gia.danh@example.vn', content: 'Qua GraphQL.' } },
      jwt
    );
    expect(gql.errors).toBeUndefined();
    const submitted = gql.data?.newsroomSubmitComment as { id: string; authorName: string };
    expect(submitted.authorName).toBe(me.username);
    expect((await commentRow(strapi, Number(submitted.id))).authorEmail).toBe(me.email.toLowerCase());
  });
});

describe('GraphQL: the same rules and errors', () => {
  const mutation = 'mutation ($a: ID!, $d: NewsroomCommentInput!) { newsroomSubmitComment(article: $a, data: $d) { id status content authorName } }';
  const send = async (d: Record<string, unknown>, ip = nextIp(), a = article.documentId) => {
    const res = await http(strapi).post('/graphql').set('X-Forwarded-For', ip).send({ query: mutation, variables: { a, d } });
    return res.body as { data?: { newsroomSubmitComment: { id: string; status: string } } | null; errors?: Array<{ message: string; extensions: { code: string; error?: { details?: Record<string, unknown> } } }> };
  };

  test('validation: BAD_USER_INPUT with the same field details', async () => {
    const res = await send({ authorName: ' ', authorEmail: 'sai', content: '' });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors?.[0]?.extensions.error?.details?.errors as Array<{ path: string[] }>).map((e) => e.path[0]).sort();
    expect(paths).toEqual(['authorEmail', 'authorName', 'content']);
  });

  test('honeypot: accepted-looking, stored as spam', async () => {
    const res = await send(reader({ website: 'http://bot.example' }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.newsroomSubmitComment.status).toBe('pending');
    expect(await statusOf(Number(res.data?.newsroomSubmitComment.id))).toBe('spam');
  });

  test('duplicate → STRAPI_CONFLICT_ERROR; flood → STRAPI_RATE_LIMIT_ERROR with the seconds to wait', async () => {
    const data = reader();
    const ip = nextIp();
    expect((await send(data, ip)).errors).toBeUndefined();
    const dup = await send(data);
    expect(dup.errors?.[0]).toMatchObject({ message: 'You have already posted this comment on this article', extensions: { code: 'STRAPI_CONFLICT_ERROR' } });
    const flood = await send(reader(), ip);
    expect(flood.errors?.[0]?.extensions.code).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(flood.errors?.[0]?.extensions.error?.details?.retryAfter).toEqual(expect.any(Number));
  });

  test('unknown article → STRAPI_NOT_FOUND_ERROR; content rules set the status', async () => {
    expect((await send(reader(), nextIp(), 'khongco')).errors?.[0]?.extensions.code).toBe('STRAPI_NOT_FOUND_ERROR');
    await withCommentsConfig(strapi, { blockList: ['lừa đảo'], moderationKeywords: ['bầu cử'] }, async () => {
      expect((await send(reader({ content: 'lua dao' }))).data?.newsroomSubmitComment.status).toBe('spam');
      expect((await send(reader({ content: 'Đội ngũ y bác sĩ' }))).data?.newsroomSubmitComment.status).toBe('pending');
    });
  });

  test('a reply through GraphQL: parent checked like REST', async () => {
    const parent = await approvedComment(strapi, admin, article.documentId);
    const ok = await send(reader({ parent: String(parent) }));
    expect(ok.errors).toBeUndefined();
    expect((await commentRow(strapi, Number(ok.data?.newsroomSubmitComment.id))).parentId).toBe(parent);
    const elsewhere = await approvedComment(strapi, admin, other.documentId);
    expect((await send(reader({ parent: String(elsewhere) }))).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the rules apply in the issue\'s order', () => {
  test('validation (400) before the article (404) before comments closed (403)', async () => {
    expect((await submit(strapi, 'khongco', reader({ authorEmail: 'sai' }))).status).toBe(400);
    const closed = await publishedArticle(strapi, 'Đóng, thử thứ tự', { commentsEnabled: false });
    const elsewhere = await approvedComment(strapi, admin, other.documentId);
    expect((await submit(strapi, closed.documentId, reader({ parent: elsewhere }))).status).toBe(400);
    expect((await submit(strapi, closed.documentId, reader())).status).toBe(403);
  });

  test('closed (403) before duplicate (409) and flood (429)', async () => {
    const data = reader();
    const closing = await publishedArticle(strapi, 'Sắp đóng bình luận');
    expect((await submit(strapi, closing.documentId, data)).status).toBe(201);
    await strapi.db.query('plugin::newsroom.article').updateMany({ where: { documentId: closing.documentId }, data: { commentsEnabled: false } });
    // The same words from the same email, at once: a duplicate and a flood, but closed first.
    const res = await submit(strapi, closing.documentId, data);
    expect(res.status).toBe(403);
  });

  test('honeypot before duplicate and flood; duplicate (409) before flood (429)', async () => {
    const data = reader();
    const ip = nextIp();
    expect((await submit(strapi, article.documentId, data, { ip })).status).toBe(201);
    const trap = await submit(strapi, article.documentId, { ...data, website: 'x' }, { ip });
    expect(trap.status).toBe(201);
    expect(await statusOf(trap.body.data.id)).toBe('spam');
    expect((await submit(strapi, article.documentId, data, { ip })).status).toBe(409);
    expect((await submit(strapi, article.documentId, { ...data, content: 'Khác.' }, { ip })).status).toBe(429);
  });

  test('flood (429) before the content rules: a blocked sender who floods is told to wait', async () => {
    await withCommentsConfig(strapi, { blockList: ['cờ bạc'] }, async () => {
      const ip = nextIp();
      expect((await submit(strapi, article.documentId, reader({ content: 'cờ bạc' }), { ip })).body.data.status).toBe('spam');
      expect((await submit(strapi, article.documentId, reader({ content: 'cờ bạc nữa' }), { ip })).status).toBe(429);
    });
  });
});
