import { w3c } from './feed-dates';
import { element } from './xml-text';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export interface SitemapEntry {
  loc: string;
  lastmod: Date | null;
}

export interface NewsEntry {
  loc: string;
  publicationName: string;
  language: string;
  publicationDate: Date;
  title: string;
}

const located = (tag: string) => (entry: SitemapEntry) =>
  `<${tag}>${element('loc', entry.loc)}${entry.lastmod ? element('lastmod', w3c(entry.lastmod)) : ''}</${tag}>`;

/** A sitemaps.org `urlset`. */
export const renderUrlset = (entries: SitemapEntry[]): string =>
  [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...entries.map(located('url')), '</urlset>', ''].join('\n');

/** A sitemaps.org `sitemapindex`. */
export const renderSitemapIndex = (entries: SitemapEntry[]): string =>
  [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...entries.map(located('sitemap')), '</sitemapindex>', ''].join('\n');

/** A Google News sitemap: a `urlset` whose URLs carry `news:news`. */
export const renderNewsSitemap = (entries: NewsEntry[]): string =>
  [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries.map(
      (entry) =>
        `<url>${element('loc', entry.loc)}<news:news><news:publication>${element('news:name', entry.publicationName)}${element(
          'news:language',
          entry.language
        )}</news:publication>${element('news:publication_date', w3c(entry.publicationDate))}${element('news:title', entry.title)}</news:news></url>`
    ),
    '</urlset>',
    '',
  ].join('\n');

/**
 * Google News' `news:language`: an ISO 639 code, the locale's language (`pt-BR` → `pt`), except
 * Chinese, whose script or region it keeps (`zh-cn`, `zh-tw`).
 */
export const newsLanguage = (locale: string | null, fallback: string): string => {
  if (!locale) return fallback;
  const [language, ...rest] = locale.toLowerCase().split('-');
  if (language !== 'zh') return language;
  const variant = rest.join('-');
  return variant === 'tw' || variant === 'hant' || variant === 'hk' ? 'zh-tw' : 'zh-cn';
};
