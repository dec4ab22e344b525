import type { Core } from '@strapi/strapi';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { http } from './http';

export const FEEDS = '/api/newsroom';
export const SITE_URL = 'http://localhost:3000';
/** The Host the tests' requests carry. */
export const CMS_HOST = 'cms.tintaynguyen.test';
export const SECTION = 'api::section.section';
export const FILE = 'plugin::upload.file';

/** Lists, even when they hold one element. */
const LISTS = new Set(['item', 'url', 'sitemap']);

/** A strict parse: a document that is not well-formed XML fails the test with the validator's reason. */
export const parseXml = <T>(xml: string): T => {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw new Error(`not well-formed XML: ${JSON.stringify(verdict.err)}`);
  // XML 1.0 forbids these characters even escaped; the validator does not look for them.
  const forbidden = xml.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#x?0*(?:[0-8]|1[124-9]|2\d|3[01]|[bcef]|1[0-9a-f]);/i);
  if (forbidden) throw new Error(`XML 1.0 forbids ${JSON.stringify(forbidden[0])}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => LISTS.has(name),
  }).parse(xml) as T;
};

export interface RssItemXml {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  'dc:creator'?: string;
  description?: string;
  enclosure?: { '@url': string; '@length': string; '@type': string };
}
export interface RssXml {
  rss: {
    '@version': string;
    '@xmlns:atom': string;
    '@xmlns:dc': string;
    channel: {
      title: string;
      link: string;
      description: string;
      language: string;
      lastBuildDate?: string;
      'atom:link': { '@href': string; '@rel': string };
      item?: RssItemXml[];
    };
  };
}
export interface NewsUrlXml {
  loc: string;
  'news:news': {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}
export interface NewsXml {
  urlset: { '@xmlns': string; '@xmlns:news': string; url?: NewsUrlXml[] };
}
export interface UrlsetXml {
  urlset: { '@xmlns': string; url?: Array<{ loc: string; lastmod?: string }> };
}
export interface SitemapIndexXml {
  sitemapindex: { '@xmlns': string; sitemap?: Array<{ loc: string; lastmod?: string }> };
}

/** GET with supertest, the body kept as text whatever the content type. */
export const getXml = (strapi: Core.Strapi, path: string, headers: Record<string, string> = {}) =>
  http(strapi)
    .get(path.startsWith(FEEDS) ? path : `${FEEDS}${path}`)
    // supertest opens a new port per request: one Host, so absolute URLs (and ETags) do not move.
    .set({ Host: CMS_HOST, ...headers })
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });

/** W3C Datetime, as sitemaps.org allows it (a date, or a time with a zone). */
export const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A file row as the upload plugin stores it (local provider: a relative URL; size in kB). */
export const createImage = (strapi: Core.Strapi, name: string) =>
  strapi.db.query(FILE).create({
    data: {
      name: `${name}.jpg`,
      hash: name,
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 123.45,
      width: 800,
      height: 450,
      url: `/uploads/${name}.jpg`,
      provider: 'local',
    },
  }) as Promise<{ id: number; url: string; size: number }>;

/** A published section of the playground's own type, listing these articles. */
export const publishedSection = (strapi: Core.Strapi, name: string, slug: string, articles: string[], locale?: string) =>
  strapi.documents(SECTION as 'plugin::newsroom.article').create({
    data: { name, slug, articles } as Record<string, unknown>,
    status: 'published',
    ...(locale ? { locale } : {}),
  } as Parameters<ReturnType<Core.Strapi['documents']>['create']>[0]) as Promise<{ documentId: string }>;
