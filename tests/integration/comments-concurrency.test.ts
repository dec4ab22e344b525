/**
 * §6 of issue 6, concurrency: parallel submissions are all stored; the flood and duplicate rules
 * hold per sender under parallel bursts, and across two Strapi instances on one database; reports
 * and moderation racing keep counts right.
 */
import { spawn } from 'child_process';
import type { Core } from '@strapi/strapi';
import path from 'path';
import {
  COMMENT,
  COMMENT_EVENT,
  COMMENT_REPORT,
  approvedComment,
  commentRow,
  moderate,
  nextIp,
  publishedArticle,
  reader,
  report,
  startCommentsApp,
  submit,
  withCommentsConfig,
  type CommentsApp,
} from '../helpers/comments';
import { databaseKind } from '../helpers/database';
import { http } from '../helpers/http';
import { ROOT } from '../helpers/paths';
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

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
const countOf = async (documentId: string) => (await http(strapi).get(`/api/newsroom/articles/${documentId}`)).body.data.commentCount as number;

describe('one instance', () => {
  test('50 submissions in parallel from 50 readers: 50 × 201, 50 stored, none lost', async () => {
    const article = await publishedArticle(strapi, 'Năm mươi bình luận cùng lúc');
    const senders = Array.from({ length: 50 }, () => ({ data: reader(), ip: nextIp() }));
    const res = await Promise.all(senders.map(({ data, ip }) => submit(strapi, article.documentId, data, { ip })));
    expect(tally(res.map((r) => r.status))).toEqual({ 201: 50 });
    const ids = res.map((r) => r.body.data.id as number);
    expect(new Set(ids).size).toBe(50);
    const rows = await strapi.db.query(COMMENT).findMany({ where: { articleDocumentId: article.documentId } });
    expect(rows).toHaveLength(50);
    expect(rows.map((row: { authorEmail: string }) => row.authorEmail).sort()).toEqual(senders.map((s) => s.data.authorEmail).sort());
    expect(rows.every((row: { status: string }) => row.status === 'pending')).toBe(true);
  });

  test('10 in parallel from ONE IP (different readers): exactly 1 accepted, 9 × 429', async () => {
    const article = await publishedArticle(strapi, 'Một IP gửi dồn dập');
    const ip = nextIp();
    const res = await Promise.all(Array.from({ length: 10 }, () => submit(strapi, article.documentId, reader(), { ip })));
    expect(tally(res.map((r) => r.status))).toEqual({ 201: 1, 429: 9 });
    expect(res.filter((r) => r.status === 429).every((r) => Number(r.headers['retry-after']) >= 1)).toBe(true);
    expect(await strapi.db.query(COMMENT).count({ where: { articleDocumentId: article.documentId } })).toBe(1);
  });

  test('10 in parallel with ONE email (different IPs, different words): exactly 1 accepted, 9 × 429', async () => {
    const article = await publishedArticle(strapi, 'Một email gửi dồn dập');
    const email = reader().authorEmail;
    const res = await Promise.all(Array.from({ length: 10 }, () => submit(strapi, article.documentId, reader({ authorEmail: email }))));
    expect(tally(res.map((r) => r.status))).toEqual({ 201: 1, 429: 9 });
    expect(await strapi.db.query(COMMENT).count({ where: { articleDocumentId: article.documentId } })).toBe(1);
  });

  test('10 copies of one comment in parallel (different IPs): exactly 1 stored, 9 × 409', async () => {
    const article = await publishedArticle(strapi, 'Gửi trùng cùng lúc');
    const data = reader();
    const res = await Promise.all(Array.from({ length: 10 }, () => submit(strapi, article.documentId, data)));
    expect(tally(res.map((r) => r.status))).toEqual({ 201: 1, 409: 9 });
    expect(await strapi.db.query(COMMENT).count({ where: { articleDocumentId: article.documentId } })).toBe(1);
  });

  test('parallel bursts from many senders: each sender gets exactly one through', async () => {
    const article = await publishedArticle(strapi, 'Nhiều người gửi dồn dập');
    const senders = Array.from({ length: 8 }, () => nextIp());
    const res = await Promise.all(senders.flatMap((ip) => Array.from({ length: 4 }, () => submit(strapi, article.documentId, reader(), { ip }).then((r) => [ip, r.status] as const))));
    for (const ip of senders) {
      expect([ip, tally(res.filter(([from]) => from === ip).map(([, status]) => status))]).toEqual([ip, { 201: 1, 429: 3 }]);
    }
  });

  test('reports in parallel: each sender counts once', async () => {
    const article = await publishedArticle(strapi, 'Báo cáo dồn dập');
    const id = await approvedComment(strapi, admin, article.documentId);
    const sameIp = nextIp();
    await withCommentsConfig(strapi, { reportThreshold: 100 }, async () => {
      const res = await Promise.all([
        ...Array.from({ length: 5 }, () => report(strapi, id, 'spam', sameIp)),
        ...Array.from({ length: 5 }, () => report(strapi, id, 'offensive')),
      ]);
      expect(tally(res.map((r) => r.status))).toEqual({ 201: 10 });
    });
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: 6, status: 'approved' });
    expect(await strapi.db.query(COMMENT_REPORT).count({ where: { commentId: id } })).toBe(6);
  });

  test('reports in parallel across the threshold: back to pending once, out of the count', async () => {
    const article = await publishedArticle(strapi, 'Báo cáo vượt ngưỡng');
    const id = await approvedComment(strapi, admin, article.documentId);
    const res = await Promise.all(Array.from({ length: 10 }, () => report(strapi, id, 'offensive')));
    // A report that comes once the comment is hidden finds nothing public to report.
    const statuses = tally(res.map((r) => r.status));
    expect(Object.keys(statuses).filter((s) => s !== '201' && s !== '404')).toEqual([]);
    expect(statuses[201]).toBeGreaterThanOrEqual(3);
    expect(await commentRow(strapi, id)).toMatchObject({ reportCount: statuses[201], status: 'pending' });
    const events = await strapi.db.query(COMMENT_EVENT).findMany({ where: { commentId: id, toStatus: 'pending', actorType: 'report' } });
    expect(events).toHaveLength(1);
    expect(await countOf(article.documentId)).toBe(0);
  });

  test('approvals racing on one article: commentCount ends right', async () => {
    const article = await publishedArticle(strapi, 'Duyệt song song');
    const ids = (await Promise.all(Array.from({ length: 20 }, () => submit(strapi, article.documentId, reader())))).map((r) => r.body.data.id as number);
    const res = await Promise.all(ids.map((id) => moderate(strapi, admin, [id], 'approved')));
    expect(tally(res.map((r) => r.status))).toEqual({ 200: 20 });
    expect(await countOf(article.documentId)).toBe(20);
    await Promise.all(ids.slice(0, 7).map((id) => moderate(strapi, admin, [id], 'rejected')));
    expect(await countOf(article.documentId)).toBe(13);
  });
});

/** Starts tests/helpers/comment-racer.ts in its own process against the same database. */
const startRacer = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['-r', 'esbuild-register', path.join(ROOT, 'tests/helpers/comment-racer.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, SERVER_PROXY: 'true' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number[]>((resolve, reject) => {
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)));
      else reject(new Error(`racer exited ${code}: ${err.slice(-3000)}`));
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => (out.split('\n').includes('READY') ? resolve() : undefined);
    child.stdout.on('data', check);
    exited.catch(reject);
  });
  return { ready, result: exited, go: (line: string) => child.stdin.write(`${line}\n`) };
};

// SQLite is embedded: one Strapi process per database file, so there is no second instance to race.
const serverDatabase = databaseKind() === 'sqlite' ? describe.skip : describe;

serverDatabase('two Strapi instances on one database', () => {
  test('the same duplicate and the same senders, from both instances at one instant: one stored each', async () => {
    const article = await publishedArticle(strapi, 'Hai máy chủ, một người gửi');
    const racer = startRacer(app!.db.env);
    await racer.ready;

    const duplicate = reader();
    const sameIp = nextIp();
    const sameEmail = reader().authorEmail;
    type Job = { kind: 'duplicate' | 'ip' | 'email'; data: Record<string, unknown>; ip: string };
    const jobs = (): Job[] => [
      ...Array.from({ length: 4 }, () => ({ kind: 'duplicate' as const, data: duplicate, ip: nextIp() })),
      ...Array.from({ length: 4 }, () => ({ kind: 'ip' as const, data: reader(), ip: sameIp })),
      ...Array.from({ length: 4 }, () => ({ kind: 'email' as const, data: reader({ authorEmail: sameEmail }), ip: nextIp() })),
    ];
    const here = jobs();
    const there = jobs();
    const at = Date.now() + 1500;
    racer.go(`GO ${at} ${JSON.stringify(there.map((job) => ({ article: article.documentId, data: job.data, ip: job.ip })))}`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    const local = await Promise.all(here.map((job) => submit(strapi, article.documentId, job.data, { ip: job.ip }).then((r) => r.status)));
    const remote = await racer.result;

    const byKind = (kind: Job['kind']) => [
      ...here.flatMap((job, i) => (job.kind === kind ? [local[i]] : [])),
      ...there.flatMap((job, i) => (job.kind === kind ? [remote[i]] : [])),
    ];
    expect(tally(byKind('duplicate'))).toEqual({ 201: 1, 409: 7 });
    expect(tally(byKind('ip'))).toEqual({ 201: 1, 429: 7 });
    expect(tally(byKind('email'))).toEqual({ 201: 1, 429: 7 });

    const comments = strapi.db.query(COMMENT);
    expect(await comments.count({ where: { articleDocumentId: article.documentId } })).toBe(3);
    expect(await comments.count({ where: { authorEmail: duplicate.authorEmail } })).toBe(1);
    expect(await comments.count({ where: { authorEmail: sameEmail } })).toBe(1);
  });
});
