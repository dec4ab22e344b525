import type { Core } from '@strapi/strapi';
import { isLocalized } from '../../shared/locales';
import { feedsConfig } from './feeds-config';

type Where = Record<string, unknown>;
interface SectionRow {
  id: number;
  slug?: string | null;
  locale?: string | null;
  articles?: Array<{ id: number }>;
}

/** Article ids looked up at once when mapping articles to their sections. */
const CHUNK = 500;

/**
 * The host app's section type (config feeds.sectionType). An article belongs to the sections whose
 * published version lists it: what the app's own API shows with populate=articles. Strapi links a
 * published section to published article rows and keeps the links when an article is republished.
 */
const createFeedSectionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sectionType = (): string | null => feedsConfig(strapi).sectionType || null;
  const query = (uid: string) => strapi.db.query(uid as Parameters<Core.Strapi['db']['query']>[0]);
  const publishedWhere = (uid: string): Where =>
    strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0])?.options?.draftAndPublish ? { publishedAt: { $notNull: true } } : {};

  return {
    configured(): boolean {
      return sectionType() !== null;
    },

    /** Ids of the published section rows with this slug (in `locale` when given and the type is localized). */
    async findBySlug(slug: string, locale: string | undefined): Promise<number[]> {
      const uid = sectionType();
      if (!uid) return [];
      const where: Where = { slug, ...publishedWhere(uid) };
      if (locale && isLocalized(strapi, uid)) where.locale = locale;
      const rows = (await query(uid).findMany({ where, select: ['id'] })) as SectionRow[];
      return rows.map((row) => row.id);
    },

    /** Ids of the newest `limit` article rows matching `articleWhere` in each of these section rows. */
    async latestArticleIds(sectionIds: number[], articleWhere: Where, orderBy: Where[], limit: number): Promise<number[]> {
      const uid = sectionType();
      if (!uid) return [];
      const ids = new Set<number>();
      // One query per section row (one per locale): a populate's limit applies to all parents at once.
      for (const id of sectionIds) {
        const row = (await query(uid).findOne({
          where: { id },
          select: ['id'],
          populate: { articles: { select: ['id'], where: articleWhere, orderBy, limit } },
        })) as SectionRow | null;
        for (const article of row?.articles ?? []) ids.add(article.id);
      }
      return [...ids];
    },

    /**
     * Each article row's section slug: a section in the article's own locale first, then any; among
     * those the first created (lowest id). Articles in no published section are absent from the map.
     */
    async slugsFor(articles: Array<{ id: number; locale: string | null }>): Promise<Map<number, string>> {
      const uid = sectionType();
      const result = new Map<number, string>();
      if (!uid || articles.length === 0) return result;
      const localized = isLocalized(strapi, uid);
      for (let start = 0; start < articles.length; start += CHUNK) {
        const chunk = articles.slice(start, start + CHUNK);
        const ids = chunk.map((article) => article.id);
        const sections = (await query(uid).findMany({
          where: { ...publishedWhere(uid), articles: { id: { $in: ids } } },
          select: localized ? ['id', 'slug', 'locale'] : ['id', 'slug'],
          orderBy: { id: 'asc' },
          populate: { articles: { select: ['id'], where: { id: { $in: ids } } } },
        })) as SectionRow[];
        for (const article of chunk) {
          const candidates = sections.filter((section) => section.slug && section.articles?.some((a) => a.id === article.id));
          const chosen = candidates.find((section) => section.locale === article.locale) ?? candidates[0];
          if (chosen?.slug) result.set(article.id, chosen.slug);
        }
      }
      return result;
    },
  };
};

export default createFeedSectionsService;
