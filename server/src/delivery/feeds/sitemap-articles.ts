import type { Core } from '@strapi/strapi';
import { FEED_PATHS, SITEMAP_LIMITS } from '../../../../contracts/feeds';
import { getService } from '../../get-service';
import { latest } from './rules/feed-dates';
import { pageCount } from './rules/feed-query';
import { renderSitemapIndex, renderUrlset, type SitemapEntry } from './rules/sitemap-documents';
import type { XmlDocument } from './rules/xml-text';

/** Rows read at once while writing a sitemap page. */
const CHUNK = 2000;

/** The sitemap index and its pages: every published article (every locale), 50,000 URLs a page. */
const createSitemapArticlesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = () => getService(strapi, 'feed-articles');
  const perPage = SITEMAP_LIMITS.urlsPerFile;

  return {
    async index(apiUrl: string): Promise<XmlDocument> {
      const pages = pageCount(await articles().count(), perPage);
      const entries: SitemapEntry[] = [];
      for (let page = 1; page <= pages; page += 1) {
        entries.push({
          loc: `${apiUrl}${FEED_PATHS.articlesSitemap.replace('{n}', String(page))}`,
          lastmod: await articles().lastUpdated((page - 1) * perPage, perPage),
        });
      }
      return { xml: renderSitemapIndex(entries), lastModified: latest(entries.map((entry) => entry.lastmod)) };
    },

    /** Page `page` (from 1), or null past the last page. */
    async page(page: number): Promise<XmlDocument | null> {
      const total = await articles().count();
      if (page > pageCount(total, perPage)) return null;
      const entries: SitemapEntry[] = [];
      const end = Math.min(page * perPage, total);
      for (let offset = (page - 1) * perPage; offset < end; offset += CHUNK) {
        const list = await articles().withUrls(await articles().slice(offset, Math.min(CHUNK, end - offset)));
        for (const { article, url } of list) entries.push({ loc: url, lastmod: article.updatedAt });
      }
      return { xml: renderUrlset(entries), lastModified: latest(entries.map((entry) => entry.lastmod)) };
    },
  };
};

export default createSitemapArticlesService;
