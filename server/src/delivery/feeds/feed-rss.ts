import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FEED_PATHS, type RssQuery } from '../../../../contracts/feeds';
import { getService } from '../../get-service';
import { absoluteMediaUrl } from './rules/article-url';
import { latest } from './rules/feed-dates';
import { renderRss, type RssItem } from './rules/rss-document';
import type { XmlDocument } from './rules/xml-text';
import { feedsConfig } from './feeds-config';

/** Where the server and its API are reachable from outside (see the feed controller). */
export interface PublicUrls {
  /** The server's public URL: relative media URLs (/uploads/…) are made absolute with it. */
  server: string;
  /** The plugin's content API, e.g. https://cms.example.vn/api/newsroom. */
  api: string;
}

/** The RSS 2.0 feed: the newest published articles, by first publication. */
const createFeedRssService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async render(query: RssQuery, urls: PublicUrls): Promise<XmlDocument> {
    const config = feedsConfig(strapi);
    if (query.locale) {
      const locales = strapi.plugin('i18n')?.service('locales') as { findByCode(code: string): Promise<unknown> } | undefined;
      if (!(await locales?.findByCode(query.locale))) throw new errors.NotFoundError(`No locale "${query.locale}"`);
    }
    let sectionIds: number[] | undefined;
    if (query.section) {
      sectionIds = await getService(strapi, 'feed-sections').findBySlug(query.section, query.locale);
      if (sectionIds.length === 0) throw new errors.NotFoundError(`No published section "${query.section}"`);
    }
    const articles = getService(strapi, 'feed-articles');
    const list = await articles.firstWithUrls(
      (offset, limit) => articles.latest({ locale: query.locale, sectionIds, offset, limit }),
      config.rssSize
    );
    const items: RssItem[] = list.map(({ article, url }) => {
      const media = absoluteMediaUrl(article.cover?.url, urls.server);
      return {
        title: article.title,
        link: url,
        guid: `${article.documentId}:${article.locale ?? ''}`,
        pubDate: article.firstPublishedAt,
        creator: article.bylineText,
        description: article.lead,
        // Strapi stores a file's size in kB (bytes / 1000, two decimals).
        enclosure:
          media && article.cover?.mime
            ? { url: media, length: Math.max(0, Math.round((article.cover.size ?? 0) * 1000)), type: article.cover.mime }
            : null,
      };
    });
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const lastModified = latest(list.map(({ article }) => article.updatedAt));
    const title = query.section ? `${config.publicationName} – ${query.section}` : config.publicationName;
    const xml = renderRss(
      {
        title,
        link: config.siteUrl,
        description: title,
        language: query.locale ?? config.language,
        selfUrl: `${urls.api}${FEED_PATHS.rss}${search.size ? `?${search}` : ''}`,
        lastBuildDate: lastModified,
      },
      items
    );
    return { xml, lastModified };
  },
});

export default createFeedRssService;
