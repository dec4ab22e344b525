import type { Core } from '@strapi/strapi';
import { SITEMAP_LIMITS } from '../../../../contracts/feeds';
import { getService } from '../../get-service';
import { latest } from './rules/feed-dates';
import { newsLanguage, renderNewsSitemap } from './rules/sitemap-documents';
import type { XmlDocument } from './rules/xml-text';
import { feedsConfig } from './feeds-config';

/** The Google News sitemap: articles first published in the last 48 hours, every locale, at most 1,000. */
const createSitemapNewsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async render(now: Date = new Date()): Promise<XmlDocument> {
    const config = feedsConfig(strapi);
    const since = new Date(now.getTime() - SITEMAP_LIMITS.newsWindowHours * 3600 * 1000);
    const articles = getService(strapi, 'feed-articles');
    const list = await articles.firstWithUrls((offset, limit) => articles.firstPublishedSince(since, offset, limit), SITEMAP_LIMITS.newsUrls);
    const xml = renderNewsSitemap(
      list.map(({ article, url }) => ({
        loc: url,
        publicationName: config.publicationName,
        // An English edition's article is not Vietnamese: the article's own locale, else the config's language.
        language: newsLanguage(article.locale, config.language),
        publicationDate: article.firstPublishedAt ?? now,
        title: article.title,
      }))
    );
    return { xml, lastModified: latest(list.map(({ article }) => article.updatedAt)) };
  },
});

export default createSitemapNewsService;
