/** Feeds and sitemaps: their public paths (under the content API's /api/newsroom) and limits. */
export const FEED_PATHS = {
  rss: '/feeds/rss.xml',
  newsSitemap: '/sitemaps/news.xml',
  sitemapIndex: '/sitemaps/index.xml',
  /** `{n}` is the page number, from 1. */
  articlesSitemap: '/sitemaps/articles-{n}.xml',
} as const;

/** Limits set by the sitemap protocols (sitemaps.org, Google News). */
export const SITEMAP_LIMITS = {
  /** URLs in one sitemap file. */
  urlsPerFile: 50000,
  /** URLs in a Google News sitemap. */
  newsUrls: 1000,
  /** A news sitemap lists articles first published within this many hours. */
  newsWindowHours: 48,
  /** Longest `loc`. */
  urlLength: 2048,
} as const;

/** `GET /feeds/rss.xml` query: both optional. */
export interface RssQuery {
  /** A section's slug (needs `feeds.sectionType`). */
  section?: string;
  /** One i18n locale; every published locale when absent. */
  locale?: string;
}
