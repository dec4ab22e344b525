import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { getService } from '../../get-service';
import { articleUrl } from './rules/article-url';
import { toDate } from './rules/feed-dates';
import { feedsConfig, newsroomZone } from './feeds-config';

/** The columns feeds and sitemaps read; published rows only, through the query engine. */
export interface FeedArticle {
  id: number;
  documentId: string;
  locale: string | null;
  slug: string | null;
  title: string;
  lead: string | null;
  bylineText: string | null;
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** First publication; the published row's own date when it was never recorded. */
  firstPublishedAt: Date | null;
  cover: { url: string; size: number | null; mime: string | null } | null;
}

type Where = Record<string, unknown>;
type Row = Record<string, unknown>;

const FIELDS = ['id', 'documentId', 'locale', 'slug', 'title', 'lead', 'bylineText', 'publishedAt', 'updatedAt', 'originalPublishedAt'];
/** Never a draft: a published row has a publication date (scheduled articles are drafts until they run). */
const PUBLISHED: Where = { publishedAt: { $notNull: true } };
/** Newest first publication first. */
const NEWEST: Where[] = [{ originalPublishedAt: 'desc' }, { id: 'desc' }];
/** Oldest first: a new article lands on the last sitemap page and earlier pages stay as they were. */
const OLDEST: Where[] = [{ originalPublishedAt: 'asc' }, { id: 'asc' }];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const toArticle = (row: Row): FeedArticle => {
  const cover = row.cover as Row | null | undefined;
  const publishedAt = toDate(row.publishedAt);
  return {
    id: Number(row.id),
    documentId: String(row.documentId),
    locale: text(row.locale),
    slug: text(row.slug),
    title: typeof row.title === 'string' ? row.title : '',
    lead: text(row.lead),
    bylineText: text(row.bylineText),
    publishedAt,
    updatedAt: toDate(row.updatedAt),
    firstPublishedAt: toDate(row.originalPublishedAt) ?? publishedAt,
    cover: cover && typeof cover.url === 'string' ? { url: cover.url, size: cover.size === null ? null : Number(cover.size), mime: text(cover.mime) } : null,
  };
};

/** Published articles for feeds and sitemaps, and their front-end URLs. */
const createFeedArticlesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = () => strapi.db.query(UID.article);
  const withCover = { cover: { select: ['url', 'size', 'mime'] } };

  /**
   * Each article with its URL (config feeds.siteUrl + articlePath); an article the pattern gives
   * no URL (no section under {section}, no slug under {slug}) is left out: a made-up path would
   * be a broken link for readers and crawlers.
   */
  const withUrls = async (list: FeedArticle[]): Promise<Array<{ article: FeedArticle; url: string }>> => {
    const { siteUrl, articlePath } = feedsConfig(strapi);
    const sections = articlePath.includes('{section}')
      ? await getService(strapi, 'feed-sections').slugsFor(list)
      : new Map<number, string>();
    const zone = newsroomZone(strapi);
    const result: Array<{ article: FeedArticle; url: string }> = [];
    for (const article of list) {
      const url = articleUrl(siteUrl, articlePath, { ...article, section: sections.get(article.id) ?? null }, zone);
      if (url) result.push({ article, url });
    }
    return result;
  };

  return {
    /** Published articles newest first, `offset`…, in `locale` and in these section rows when given. */
    async latest({ locale, sectionIds, offset = 0, limit }: { locale?: string; sectionIds?: number[]; offset?: number; limit: number }): Promise<FeedArticle[]> {
      const where: Where = { ...PUBLISHED, ...(locale ? { locale } : {}) };
      if (sectionIds) {
        const ids = await getService(strapi, 'feed-sections').latestArticleIds(sectionIds, where, NEWEST, offset + limit);
        if (ids.length === 0) return [];
        where.id = { $in: ids };
      }
      const rows = (await articles().findMany({ where, select: FIELDS, populate: withCover, orderBy: NEWEST, offset, limit })) as Row[];
      return rows.map(toArticle);
    },

    /** Published articles first published at or after `since`, newest first (Google News' window), `offset`…. */
    async firstPublishedSince(since: Date, offset: number, limit: number): Promise<FeedArticle[]> {
      const where: Where = {
        ...PUBLISHED,
        $or: [{ originalPublishedAt: { $gte: since } }, { originalPublishedAt: { $null: true }, publishedAt: { $gte: since } }],
      };
      const rows = (await articles().findMany({ where, select: FIELDS, orderBy: NEWEST, offset, limit })) as Row[];
      return rows.map(toArticle);
    },

    /** Published article rows, every locale. */
    async count(): Promise<number> {
      return Number(await articles().count({ where: PUBLISHED }));
    },

    /** Published articles `offset`… in sitemap order (oldest first publication first). */
    async slice(offset: number, limit: number): Promise<FeedArticle[]> {
      const rows = (await articles().findMany({ where: PUBLISHED, select: FIELDS, orderBy: OLDEST, offset, limit })) as Row[];
      return rows.map(toArticle);
    },

    /** The latest `updatedAt` of the published rows `offset`… in sitemap order. */
    async lastUpdated(offset: number, limit: number): Promise<Date | null> {
      const rows = (await articles().findMany({ where: PUBLISHED, select: ['updatedAt'], orderBy: OLDEST, offset, limit })) as Row[];
      return rows.reduce<Date | null>((max, row) => {
        const date = toDate(row.updatedAt);
        return date && (!max || date > max) ? date : max;
      }, null);
    },

    withUrls,

    /**
     * The first `limit` articles that have a URL, reading `read(offset, size)` batch by batch: an
     * article left out for want of a URL does not shorten a feed that has more to give.
     */
    async firstWithUrls(
      read: (offset: number, size: number) => Promise<FeedArticle[]>,
      limit: number
    ): Promise<Array<{ article: FeedArticle; url: string }>> {
      const result: Array<{ article: FeedArticle; url: string }> = [];
      // Whole batches of `limit`: articles without a URL cost one more read per `limit` of them.
      for (let offset = 0; result.length < limit; offset += limit) {
        const batch = await read(offset, limit);
        result.push(...(await withUrls(batch)));
        if (batch.length < limit) break;
      }
      return result.slice(0, limit);
    },
  };
};

export default createFeedArticlesService;
