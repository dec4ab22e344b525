import type { Core } from '@strapi/strapi';
import { ensureDemoAdmin } from './admin-user';
import { SEED_ARTICLES, SEED_BYLINES, SEED_SECTIONS, type SeedArticle, type SeedSection } from './content';
import { grantRole, PUBLIC_COMMENT_ACTIONS, PUBLIC_READ_ACTIONS } from './permissions';

const ARTICLE = 'plugin::newsroom.article';
const BYLINE = 'plugin::newsroom.byline';
const SECTION = 'api::section.section';
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

/** Demo only (never the plugin): admin, public read access and Vietnamese sample content. Re-runnable. */
export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  await ensureVietnamese(strapi);
  const admin = await ensureDemoAdmin(strapi);
  await grantRole(strapi, 'public', [...PUBLIC_READ_ACTIONS, ...PUBLIC_COMMENT_ACTIONS]);
  const bylineIds = await ensureBylines(strapi);
  let created = 0;
  for (const article of SEED_ARTICLES) if (await ensureArticle(strapi, article, bylineIds)) created += 1;
  for (const section of SEED_SECTIONS) await ensureSection(strapi, section);

  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
  const base = `http://${host}:${process.env.PORT || 1337}`;
  strapi.log.info(
    [
      `[newsroom demo] ${created} new article(s), ${SEED_ARTICLES.length - created} already there`,
      `  Admin    ${base}/admin   (${admin.email} / ${admin.password})`,
      `  REST     ${base}/api/newsroom/articles?populate=bylines`,
      `           ${base}/api/sections?populate=articles`,
      `  GraphQL  ${base}/graphql`,
    ].join('\n')
  );
};
