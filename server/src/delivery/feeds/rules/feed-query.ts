import { fieldError, type FieldError, type Parsed } from '../../../shared/parsed';
import type { RssQuery } from '../../../../../contracts/feeds';

/** i18n locale codes: `vi`, `en`, `pt-BR`, `zh-Hans`. */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
/** Characters of a Strapi `uid` field. */
const SLUG = /^[A-Za-z0-9\-_.~]{1,255}$/;

/**
 * `GET /feeds/rss.xml` parameters: `section` (a slug, only when a section type is configured) and
 * `locale`, each one plain string; anything else is refused, so a typo (`?sections=`) is a 400
 * rather than an unfiltered feed.
 */
export const parseRssQuery = (query: Record<string, unknown>, sectionsConfigured: boolean): Parsed<RssQuery> => {
  const errors: FieldError[] = [];
  const value: RssQuery = {};
  for (const [key, raw] of Object.entries(query)) {
    if (key !== 'section' && key !== 'locale') {
      errors.push(fieldError(key, `Unknown parameter "${key}": the feed takes section and locale`));
      continue;
    }
    if (typeof raw !== 'string') {
      errors.push(fieldError(key, `${key} must be given once, as a plain string`));
      continue;
    }
    if (key === 'locale') {
      if (LOCALE.test(raw)) value.locale = raw;
      else errors.push(fieldError(key, 'locale must be a locale code such as "vi"'));
    } else if (!sectionsConfigured) {
      errors.push(fieldError(key, 'This site has no sections (config feeds.sectionType is empty)'));
    } else if (SLUG.test(raw)) {
      value.section = raw;
    } else {
      errors.push(fieldError(key, 'section must be a section slug'));
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
};

/** Sitemaps take no parameters: the search engines fetch them as listed. */
export const parseNoQuery = (query: Record<string, unknown>): Parsed<Record<string, never>> => {
  const keys = Object.keys(query);
  return keys.length ? { ok: false, errors: keys.map((key) => fieldError(key, `Unknown parameter "${key}": sitemaps take none`)) } : { ok: true, value: {} };
};

/** A sitemap page number as written in `articles-<n>.xml`: 1, 2, … (no sign, no leading zero); null otherwise. */
export const parsePageNumber = (value: unknown): number | null =>
  typeof value === 'string' && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;

/** Sitemap files needed for `total` URLs: at least one (an index lists at least one sitemap). */
export const pageCount = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage));
