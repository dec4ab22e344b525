import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { ensureDemoAdmin } from './admin-user';
import {
  SEED_ARTICLES,
  SEED_BYLINES,
  SEED_COMMENTS,
  SEED_SECTIONS,
  type SeedArticle,
  type SeedComment,
  type SeedSection,
} from './content';
import { grantRole, PUBLIC_COMMENT_ACTIONS, PUBLIC_READ_ACTIONS } from './permissions';
import { ensureSchedules } from './schedule';

const ARTICLE = 'plugin::newsroom.article';
const BYLINE = 'plugin::newsroom.byline';
const SECTION = 'api::section.section';
const COMMENT = 'plugin::newsroom.comment';
const COMMENT_EVENT = 'plugin::newsroom.comment-event';
const LOCALE = 'vi';

const blocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** A Vietnamese site: make `vi` the default locale. */
const ensureVietnamese = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(LOCALE))) await locales.create({ code: LOCALE, name: 'Vietnamese (vi)' });
  await locales.setDefaultLocale({ code: LOCALE });
};

const ensureBylines = async (strapi: Core.Strapi): Promise<Map<string, string>> => {
  const ids = new Map<string, string>();
  for (const { key, ...data } of SEED_BYLINES) {
    const existing = await strapi.db.query(BYLINE).findOne({ where: { email: data.email } });
    const byline = existing ?? (await strapi.documents(BYLINE).create({ data }));
    ids.set(key, byline.documentId);
  }
  return ids;
};

const ensureArticle = async (strapi: Core.Strapi, article: SeedArticle, bylineIds: Map<string, string>) => {
  const existing = await strapi.db.query(ARTICLE).findOne({ where: { title: article.title, locale: LOCALE } });
  if (existing) return false;
  await strapi.documents(ARTICLE).create({
    locale: LOCALE,
    status: article.publish ? 'published' : 'draft',
    data: {
      title: article.title,
      lead: article.lead,
      body: blocks(article.paragraphs),
      coverCaption: article.coverCaption,
      sourceCredit: article.sourceCredit,
      commentsEnabled: article.commentsEnabled ?? true,
      bylines: article.bylines.map((key) => bylineIds.get(key) as string),
    },
  });
  return true;
};

/**
 * A section lists its articles (drafts included: an editor files a draft under its section before
 * it is published; the public never sees it there) and features the first.
 */
const ensureSection = async (strapi: Core.Strapi, section: SeedSection) => {
  const existing = await strapi.db.query(SECTION).findOne({ where: { name: section.name, locale: LOCALE } });
  if (existing) return false;
  const ids: string[] = [];
  for (const prefix of section.articles) {
    const row = await strapi.db.query(ARTICLE).findOne({ where: { title: { $startsWith: prefix }, locale: LOCALE } });
    if (row) ids.push(row.documentId);
  }
  await strapi.documents(SECTION).create({
    locale: LOCALE,
    status: 'published',
    data: {
      name: section.name,
      description: section.description,
      articles: ids,
      lead: { label: 'Tiêu điểm', article: ids[0] },
    },
  } as Parameters<ReturnType<Core.Strapi['documents']>['create']>[0]);
  return true;
};

/**
 * The plugin's fingerprint of a comment's text for its duplicate rule (same as
 * server/src/comments/rules/sender-hash.ts `contentHash`; the demo-seed test checks they agree).
 */
export const commentContentHash = (content: string): string =>
  createHash('sha256').update(content.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');

interface StoredComment {
  id: number;
  parentId: number | null;
  rootId: number | null;
  depth: number | null;
}

/**
 * Reader comments and editors' replies, stored as the plugin stores them (thread shape, content
 * fingerprint, moderation history), then each article's `commentCount` recounted. A comment already
 * there (same article, email and text) is kept as it is.
 */
const ensureComments = async (strapi: Core.Strapi, adminEmail: string): Promise<number> => {
  const comments = strapi.db.query(COMMENT);
  const admin = await strapi.db.query('admin::user').findOne({ where: { email: adminEmail } });
  const adminName: string =
    admin?.username || [admin?.firstname, admin?.lastname].filter(Boolean).join(' ') || adminEmail;
  const moderator = { actorType: 'admin', actorId: admin?.id ?? null, actorName: adminName };

  const articles = new Map<string, { documentId: string; locale: string | null }>();
  const articleOf = async (prefix: string) => {
    if (!articles.has(prefix)) {
      const row = await strapi.db.query(ARTICLE).findOne({
        select: ['documentId', 'locale'],
        where: { title: { $startsWith: prefix }, locale: LOCALE, publishedAt: { $notNull: true } },
      });
      if (!row) throw new Error(`[newsroom demo] no published article starts with "${prefix}"`);
      articles.set(prefix, { documentId: row.documentId, locale: row.locale ?? null });
    }
    return articles.get(prefix) as { documentId: string; locale: string | null };
  };

  const stored = new Map<string, StoredComment>();
  let created = 0;
  for (const comment of SEED_COMMENTS as SeedComment[]) {
    const article = await articleOf(comment.article);
    const parent = comment.parent ? stored.get(comment.parent) : undefined;
    if (comment.parent && !parent) throw new Error(`[newsroom demo] comment "${comment.key}" answers an unknown comment`);
    const authorName = comment.staff ? adminName : (comment.authorName as string);
    const authorEmail = comment.staff ? adminEmail : (comment.authorEmail as string);
    const contentHash = commentContentHash(comment.content);
    const where = { articleDocumentId: article.documentId, articleLocale: article.locale, authorEmail, contentHash };
    const existing: StoredComment | null = await comments.findOne({ select: ['id', 'parentId', 'rootId', 'depth'], where });
    if (existing) {
      stored.set(comment.key, existing);
      continue;
    }
    const now = new Date();
    const row: StoredComment = await comments.create({
      data: {
        ...where,
        parentId: parent?.id ?? null,
        rootId: parent ? (parent.rootId ?? parent.id) : null,
        depth: parent ? (parent.depth ?? 0) + 1 : 0,
        authorName,
        content: comment.content,
        status: comment.status,
        isStaff: comment.staff === true,
        staffUserId: comment.staff ? (admin?.id ?? null) : null,
        reportCount: 0,
        approvedAt: comment.status === 'approved' ? now : null,
      },
    });
    stored.set(comment.key, row);
    created += 1;
    // Its moderation history, as the plugin writes it: a reader's comment waits, then a moderator
    // decides; an editor's reply is approved at once.
    const events = comment.staff
      ? [{ fromStatus: null, toStatus: 'approved', reason: 'staff reply', ...moderator }]
      : [
          { fromStatus: null, toStatus: 'pending', reason: 'awaiting moderation', actorType: 'reader', actorId: null, actorName: authorName },
          ...(comment.status === 'pending' ? [] : [{ fromStatus: 'pending', toStatus: comment.status, reason: null, ...moderator }]),
        ];
    await strapi.db.query(COMMENT_EVENT).createMany({ data: events.map((event) => ({ commentId: row.id, ...event })) });
  }
  await strapi.plugin('newsroom').service('comment-count').recount([...articles.values()]);
  return created;
};

/** Demo only (never the plugin): admin, public read access and Vietnamese sample content. Re-runnable. */
export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  await ensureVietnamese(strapi);
  const admin = await ensureDemoAdmin(strapi);
  await grantRole(strapi, 'public', [...PUBLIC_READ_ACTIONS, ...PUBLIC_COMMENT_ACTIONS]);
  const bylineIds = await ensureBylines(strapi);
  let created = 0;
  for (const article of SEED_ARTICLES) if (await ensureArticle(strapi, article, bylineIds)) created += 1;
  for (const section of SEED_SECTIONS) await ensureSection(strapi, section);
  const comments = await ensureComments(strapi, admin.email);
  const adminRow = await strapi.db.query('admin::user').findOne({ where: { email: admin.email } });
  const scheduled = await ensureSchedules(strapi, { id: adminRow?.id ?? null, name: adminRow?.firstname ?? admin.email });

  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
  const base = `http://${host}:${process.env.PORT || 1337}`;
  strapi.log.info(
    [
      `[newsroom demo] ${created} new article(s), ${SEED_ARTICLES.length - created} already there; ${comments} new comment(s); ${scheduled} new scheduled item(s)`,
      `  Admin    ${base}/admin   (${admin.email} / ${admin.password})`,
      `  REST     ${base}/api/newsroom/articles?populate=bylines`,
      `           ${base}/api/sections?populate=articles`,
      `           ${base}/api/newsroom/articles/<documentId>/comments`,
      `  GraphQL  ${base}/graphql`,
      `  Calendar ${base}/admin (Publishing calendar; one draft is published about 3 minutes after the first start)`,
    ].join('\n')
  );
};
