import type { Core } from '@strapi/strapi';
import { PUBLIC_COMMENT_ACTIONS, PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { adminLogin } from './admin-api';
import { ADMIN, createSuperAdmin } from './admin-user';
import { createArticle } from './content';
import { bearer, http } from './http';
import { startStrapi, type TestApp } from './strapi';

export const COMMENT = 'plugin::newsroom.comment';
export const COMMENT_EVENT = 'plugin::newsroom.comment-event';
export const COMMENT_REPORT = 'plugin::newsroom.comment-report';

export interface CommentsApp extends TestApp {
  /** A super admin's admin-API JWT. */
  admin: string;
}

/**
 * Boots the playground behind a trusted proxy (SERVER_PROXY: Koa reads X-Forwarded-For, so every
 * request may come from its own reader address), grants Public the read and comment actions, and
 * logs a super admin in.
 */
export const startCommentsApp = async (): Promise<CommentsApp> => {
  process.env.SERVER_PROXY = 'true';
  let app: TestApp;
  try {
    app = await startStrapi();
  } finally {
    delete process.env.SERVER_PROXY;
  }
  await grantRole(app.strapi, 'public', [...PUBLIC_READ_ACTIONS, ...PUBLIC_COMMENT_ACTIONS]);
  // No mail leaves a test: the playground's default provider (sendmail) would try the readers'
  // domains. Notification tests put a capturing provider in its place.
  captureEmails(app.strapi);
  await createSuperAdmin(app.strapi);
  return { ...app, admin: await adminLogin(app.strapi, ADMIN) };
};

export interface SentEmail {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  [key: string]: unknown;
}

/**
 * Puts a capturing provider in the place of the email plugin's: every `send(options)` is recorded
 * in the returned list (or throws, with `fail`). Returns the list and a function that puts the
 * previous provider back.
 */
export const captureEmails = (strapi: Core.Strapi, { fail = false }: { fail?: boolean } = {}) => {
  const plugin = strapi.plugin('email') as unknown as { provider: unknown };
  const previous = plugin.provider;
  const sent: SentEmail[] = [];
  plugin.provider = {
    async send(options: SentEmail) {
      if (fail) throw new Error(`SMTP refused ${String(options.to)}`);
      sent.push(options);
    },
  };
  return {
    sent,
    restore: () => {
      plugin.provider = previous;
    },
  };
};

let ipCounter = 0;
/** A reader address no other call returns (TEST-NET and private ranges). */
export const nextIp = (): string => {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

let readerCounter = 0;
/** A reader's form values; every call is a different reader (name, email, words). */
export const reader = (extra: Record<string, unknown> = {}) => {
  readerCounter += 1;
  const n = `${process.pid}-${readerCounter}`;
  return {
    authorName: `Bạn đọc ${n}`,
    authorEmail: `ban.doc.${n}@example.vn`,
    content: `Ý kiến số ${n} về bài viết.`,
    ...extra,
  };
};

export interface SubmitOptions {
  ip?: string;
  locale?: string;
  token?: string;
  userAgent?: string;
}

export const submit = (strapi: Core.Strapi, documentId: string, data: unknown, options: SubmitOptions = {}) => {
  const query = options.locale ? `?locale=${options.locale}` : '';
  const req = http(strapi)
    .post(`/api/newsroom/articles/${documentId}/comments${query}`)
    .set('X-Forwarded-For', options.ip ?? nextIp())
    .set(bearer(options.token));
  if (options.userAgent) req.set('User-Agent', options.userAgent);
  return req.send({ data });
};

export const thread = (strapi: Core.Strapi, documentId: string, query = '', token?: string) =>
  http(strapi).get(`/api/newsroom/articles/${documentId}/comments${query}`).set(bearer(token));

export const report = (strapi: Core.Strapi, id: number | string, reason: unknown, ip = nextIp(), token?: string) =>
  http(strapi).post(`/api/newsroom/comments/${id}/report`).set('X-Forwarded-For', ip).set(bearer(token)).send({ data: { reason } });

export const moderate = (strapi: Core.Strapi, token: string, ids: number[], status: string, reason?: string) =>
  http(strapi)
    .post('/newsroom/comments/moderate')
    .set(bearer(token))
    .send(reason === undefined ? { ids, status } : { ids, status, reason });

/** Submits a comment and approves it; returns its id. */
export const approvedComment = async (
  strapi: Core.Strapi,
  admin: string,
  documentId: string,
  data: Record<string, unknown> = reader(),
  options: SubmitOptions = {}
): Promise<number> => {
  const res = await submit(strapi, documentId, data, options);
  if (res.status !== 201) throw new Error(`submission failed: ${res.status} ${JSON.stringify(res.body)}`);
  const approved = await moderate(strapi, admin, [res.body.data.id], 'approved');
  if (approved.status !== 200) throw new Error(`approval failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  return res.body.data.id as number;
};

export const publishedArticle = (strapi: Core.Strapi, title: string, extra: Record<string, unknown> = {}) =>
  createArticle(strapi, { title, ...extra }, { status: 'published' }) as Promise<{ documentId: string; id: number }>;

export const commentRow = (strapi: Core.Strapi, id: number) => strapi.db.query(COMMENT).findOne({ where: { id } });

/**
 * Sets `plugin::newsroom.comments.<key>` values the way an app would at run time; returns a
 * function that puts the previous values back (call it in afterEach / finally).
 */
export const setCommentsConfig = (strapi: Core.Strapi, values: Record<string, unknown>): (() => void) => {
  const previous = Object.keys(values).map((key) => [key, strapi.config.get(`plugin::newsroom.comments.${key}`)] as const);
  for (const [key, value] of Object.entries(values)) strapi.config.set(`plugin::newsroom.comments.${key}`, value);
  return () => {
    for (const [key, value] of previous) strapi.config.set(`plugin::newsroom.comments.${key}`, value);
  };
};

/** Runs `task` with these comment settings, restoring them afterwards whatever happens. */
export const withCommentsConfig = async <T>(strapi: Core.Strapi, values: Record<string, unknown>, task: () => Promise<T>): Promise<T> => {
  const restore = setCommentsConfig(strapi, values);
  try {
    return await task();
  } finally {
    restore();
  }
};

/** Moves a stored comment back in time (flood rule, closing age) without waiting. */
export const ageComment = (strapi: Core.Strapi, id: number, seconds: number) =>
  strapi.db.query(COMMENT).update({ where: { id }, data: { createdAt: new Date(Date.now() - seconds * 1000) } });

/** The field paths of a 400's details. */
export const errorPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }): string[] =>
  (body.error?.details?.errors ?? []).map((e) => e.path.join('.')).sort();
