import { SITEMAP_LIMITS } from '../../../../../contracts/feeds';
import { toWallClock } from '../../../scheduling/rules/zoned-time';

/** What an article's URL may be made of; a token whose value is missing gives no URL. */
export interface ArticleUrlParts {
  slug: string | null;
  documentId: string;
  locale: string | null;
  /** The slug of the article's section, when it has one. */
  section: string | null;
  /** First publication (`originalPublishedAt`): {yyyy} {mm} {dd} never move on a republish. */
  firstPublishedAt: Date | null;
}

/**
 * The article's absolute URL on the front end: `siteUrl` + `pattern` with its tokens replaced,
 * each value encoded as one path segment; dates are the newsroom's wall clock in `timeZone`.
 * Null when a token the pattern uses has no value (say, {section} for an article in no section)
 * or the URL would be longer than the sitemap protocol allows: such an article has no URL to list.
 */
export const articleUrl = (siteUrl: string, pattern: string, parts: ArticleUrlParts, timeZone: string): string | null => {
  const day = parts.firstPublishedAt ? toWallClock(parts.firstPublishedAt, timeZone) : null;
  const values: Record<string, string | null> = {
    slug: parts.slug,
    documentId: parts.documentId,
    locale: parts.locale,
    section: parts.section,
    yyyy: day ? day.slice(0, 4) : null,
    mm: day ? day.slice(5, 7) : null,
    dd: day ? day.slice(8, 10) : null,
  };
  let missing = false;
  const path = pattern.replace(/\{([A-Za-z]+)\}/g, (_, token: string) => {
    const value = values[token];
    if (!value) missing = true;
    return value ? encodeURIComponent(value) : '';
  });
  if (missing) return null;
  const url = siteUrl.replace(/\/+$/, '') + path;
  return url.length <= SITEMAP_LIMITS.urlLength ? url : null;
};

/**
 * A media URL made absolute: the upload provider's absolute URLs stay as they are; the local
 * provider's `/uploads/…` is joined to `base` (the server's public URL). Null when it cannot be.
 */
export const absoluteMediaUrl = (url: string | null | undefined, base: string): string | null => {
  if (!url) return null;
  try {
    if (/^https?:\/\//i.test(url)) return new URL(url).href;
    if (url.startsWith('//')) return new URL(`${new URL(base).protocol}${url}`).href;
    return new URL(base.replace(/\/+$/, '') + (url.startsWith('/') ? url : `/${url}`)).href;
  } catch {
    return null;
  }
};
