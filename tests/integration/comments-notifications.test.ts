/**
 * §5 of issue 6: emails through Strapi's email plugin, captured by a provider that records what it
 * is asked to send. Moderators hear of new pending comments (rate-limited); an author hears of a
 * reply once it is approved, never while it is pending or spam; a failing provider breaks nothing.
 */
import type { Core } from '@strapi/strapi';
import { ADMIN } from '../helpers/admin-user';
import {
  ageComment,
  approvedComment,
  captureEmails,
  moderate,
  publishedArticle,
  reader,
  setCommentsConfig,
  startCommentsApp,
  submit,
  type CommentsApp,
  type SentEmail,
} from '../helpers/comments';
import { bearer, http } from '../helpers/http';
import { stopStrapi } from '../helpers/strapi';

let app: CommentsApp | undefined;
let strapi: Core.Strapi;
let admin: string;
let article: { documentId: string };
let mail: ReturnType<typeof captureEmails>;
let restoreConfig: (() => void) | undefined;

const MODERATORS = ['bbt@toasoan.example.vn', 'truc.ban@toasoan.example.vn'];
const store = () => strapi.store({ type: 'plugin', name: 'newsroom' });
/** Forgets when moderators were last written to, as if the interval had passed. */
const intervalPassed = () => store().set({ key: 'comments.lastModeratorEmail', value: 0 });
const toModerators = () => mail.sent.filter((e) => JSON.stringify(e.to) === JSON.stringify(MODERATORS));
const to = (address: string) => mail.sent.filter((e) => e.to === address || (Array.isArray(e.to) && e.to.includes(address)));

beforeAll(async () => {
  app = await startCommentsApp();
  strapi = app.strapi;
  admin = app.admin;
  article = await publishedArticle(strapi, 'Bài có thông báo');
});
afterAll(() => stopStrapi(app));

beforeEach(async () => {
  mail = captureEmails(strapi);
  await intervalPassed();
});
afterEach(() => {
  mail.restore();
  restoreConfig?.();
  restoreConfig = undefined;
});

describe('moderators', () => {
  test('off by default (no addresses): nothing is sent', async () => {
    expect((await submit(strapi, article.documentId, reader())).status).toBe(201);
    expect(mail.sent).toEqual([]);
  });

  test('a new pending comment: one email to the moderators; a second within the interval: none', async () => {
    restoreConfig = setCommentsConfig(strapi, { notifyModerators: MODERATORS, notifyIntervalSeconds: 3600 });
    const first = reader({ content: 'Bình luận mới cần duyệt.' });
    expect((await submit(strapi, article.documentId, first)).status).toBe(201);
    expect(mail.sent).toHaveLength(1);
    const [email] = mail.sent as SentEmail[];
    expect(email.to).toEqual(MODERATORS);
    expect(email.subject).toMatch(/chờ duyệt/);
    expect(email.subject).toMatch(/pending/);
    expect(email.text).toContain('Bài có thông báo');
    expect(email.text).toContain('Bình luận mới cần duyệt.');
    expect(email.text).toContain(first.authorName);

    expect((await submit(strapi, article.documentId, reader())).status).toBe(201);
    expect((await submit(strapi, article.documentId, reader())).status).toBe(201);
    expect(mail.sent).toHaveLength(1);

    // The interval over, the next pending comment is told again.
    await intervalPassed();
    expect((await submit(strapi, article.documentId, reader())).status).toBe(201);
    expect(toModerators()).toHaveLength(2);
  });

  test('notifyIntervalSeconds 0: every pending comment is told', async () => {
    restoreConfig = setCommentsConfig(strapi, { notifyModerators: MODERATORS, notifyIntervalSeconds: 0 });
    await submit(strapi, article.documentId, reader());
    await submit(strapi, article.documentId, reader());
    expect(toModerators()).toHaveLength(2);
  });

  test('spam (honeypot, block list), refused and approved-at-once comments are not told', async () => {
    restoreConfig = setCommentsConfig(strapi, { notifyModerators: MODERATORS, notifyIntervalSeconds: 0, blockList: ['cờ bạc'], autoApproveKnownAuthors: true });
    await submit(strapi, article.documentId, reader({ website: 'http://bot.example' }));
    await submit(strapi, article.documentId, reader({ content: 'Chơi cờ bạc' }));
    await submit(strapi, article.documentId, reader({ authorEmail: 'sai' }));
    expect(mail.sent).toEqual([]);
    const known = reader();
    const id = await approvedComment(strapi, admin, article.documentId, known);
    mail.sent.length = 0;
    await ageComment(strapi, id, 3600);
    const res = await submit(strapi, article.documentId, { ...known, content: 'Lần hai, được duyệt ngay.' });
    expect(res.body.data.status).toBe('approved');
    expect(mail.sent).toEqual([]);
  });
});

describe('reply notifications', () => {
  /** A reader's approved comment: the one replied to. */
  const parentOf = async () => {
    const author = reader();
    const id = await approvedComment(strapi, admin, article.documentId, author);
    mail.sent.length = 0;
    return { id, email: author.authorEmail };
  };

  test('a reply tells the author only once it is approved, once, and never shows the replier\'s email', async () => {
    const parent = await parentOf();
    const replier = reader({ content: 'Tôi không đồng ý với bạn.', parent: parent.id });
    const res = await submit(strapi, article.documentId, replier);
    expect(res.body.data.status).toBe('pending');
    expect(to(parent.email)).toEqual([]);

    await moderate(strapi, admin, [res.body.data.id], 'approved');
    const emails = to(parent.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].to).toBe(parent.email);
    expect(emails[0].subject).toMatch(/trả lời/);
    expect(emails[0].text).toContain('Tôi không đồng ý với bạn.');
    expect(emails[0].text).toContain(replier.authorName);
    expect(JSON.stringify(mail.sent)).not.toContain(replier.authorEmail);

    // Approved again after a detour: not told twice.
    await moderate(strapi, admin, [res.body.data.id], 'pending');
    await moderate(strapi, admin, [res.body.data.id], 'approved');
    expect(to(parent.email)).toHaveLength(1);
  });

  test('a reply stored as spam, or rejected, tells nobody', async () => {
    restoreConfig = setCommentsConfig(strapi, { blockList: ['lừa đảo'] });
    const parent = await parentOf();
    const spam = await submit(strapi, article.documentId, reader({ content: 'Trang lừa đảo', parent: parent.id }));
    expect(spam.body.data.status).toBe('spam');
    const other = await submit(strapi, article.documentId, reader({ parent: parent.id }));
    await moderate(strapi, admin, [other.body.data.id], 'rejected');
    await moderate(strapi, admin, [spam.body.data.id], 'spam');
    expect(to(parent.email)).toEqual([]);
  });

  test('a staff reply tells the author at once', async () => {
    const parent = await parentOf();
    const res = await http(strapi).post(`/newsroom/comments/${parent.id}/reply`).set(bearer(admin)).send({ content: 'Toà soạn xin ghi nhận.' });
    expect(res.status).toBe(201);
    const emails = to(parent.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Toà soạn xin ghi nhận.');
    expect(JSON.stringify(emails)).not.toContain(ADMIN.email);
  });

  test('a reply approved at once (known author) tells the author at once', async () => {
    restoreConfig = setCommentsConfig(strapi, { autoApproveKnownAuthors: true });
    const parent = await parentOf();
    const known = reader();
    await ageComment(strapi, await approvedComment(strapi, admin, article.documentId, known), 3600);
    mail.sent.length = 0;
    const res = await submit(strapi, article.documentId, { ...known, content: 'Trả lời ngay.', parent: parent.id });
    expect(res.body.data.status).toBe('approved');
    expect(to(parent.email)).toHaveLength(1);
  });

  test('replying to oneself tells nobody', async () => {
    const author = reader();
    const id = await approvedComment(strapi, admin, article.documentId, author);
    await ageComment(strapi, id, 3600);
    mail.sent.length = 0;
    await approvedComment(strapi, admin, article.documentId, { ...author, content: 'Tôi bổ sung.', parent: id });
    expect(mail.sent).toEqual([]);
  });
});

describe('a failing provider', () => {
  test('breaks no submission, moderation or staff reply, and logs no address', async () => {
    mail.restore();
    mail = captureEmails(strapi, { fail: true });
    restoreConfig = setCommentsConfig(strapi, { notifyModerators: MODERATORS, notifyIntervalSeconds: 0 });
    const warnings: string[] = [];
    const warn = jest.spyOn(strapi.log, 'warn').mockImplementation(((message: string) => {
      warnings.push(String(message));
    }) as never);
    try {
      const author = reader();
      const parent = await submit(strapi, article.documentId, author);
      expect(parent.status).toBe(201);
      expect((await moderate(strapi, admin, [parent.body.data.id], 'approved')).status).toBe(200);
      const replyRes = await submit(strapi, article.documentId, reader({ parent: parent.body.data.id }));
      expect(replyRes.status).toBe(201);
      expect((await moderate(strapi, admin, [replyRes.body.data.id], 'approved')).status).toBe(200);
      const staff = await http(strapi).post(`/newsroom/comments/${parent.body.data.id}/reply`).set(bearer(admin)).send({ content: 'Vẫn trả lời được.' });
      expect(staff.status).toBe(201);
      expect(warnings.length).toBeGreaterThanOrEqual(3);
      for (const line of warnings) {
        expect(line).toMatch(/^\[newsroom\] could not send the (moderator|reply) email/);
        expect(line).not.toContain(author.authorEmail);
        for (const address of MODERATORS) expect(line).not.toContain(address);
      }
    } finally {
      warn.mockRestore();
    }
  });
});
