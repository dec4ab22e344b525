import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../../../contracts/config';
import type { SearchHit, SearchRequest, SearchResponse } from '../../../../contracts/search';
import { UID } from '../../constants';
import { getService } from '../../get-service';
import { resolveLocale } from '../../shared/locales';
import { plainText } from './rules/plain-text';
import { findMatches, hitSnippet } from './rules/snippet';

interface HitRow {
  id: number;
  documentId: string;
  locale: string | null;
  title: string | null;
  slug: string | null;
  lead: string | null;
  body: unknown;
  bylineText: string | null;
  publishedAt: string | Date;
  originalPublishedAt: string | Date | null;
}

const HIT_FIELDS = ['id', 'documentId', 'locale', 'title', 'slug', 'lead', 'body', 'bylineText', 'publishedAt', 'originalPublishedAt'];

const iso = (value: string | Date): string => new Date(value).toISOString();

/**
 * Answers a search: the backend ranks the page of published rows, then each hit is read from the
 * article table (as published now) and given its snippet and highlights.
 */
const createSearchArticlesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  config(): NewsroomConfig['search'] {
    return strapi.config.get('plugin::newsroom.search') as NewsroomConfig['search'];
  },

  async search(request: SearchRequest): Promise<SearchResponse> {
    const { page, pageSize, terms } = request;
    const { maxHits, snippetLength } = this.config();
    // The locale asked for, else the default; null when articles are not localized.
    const locale = await resolveLocale(strapi, UID.article, request.locale);
    const meta = (counted: number) => {
      const total = Math.min(counted, maxHits);
      return {
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        totalCapped: counted > maxHits,
        locale,
        terms: terms.map((term) => term.join(' ')),
      };
    };
    const offset = (page - 1) * pageSize;
    const limit = Math.min(pageSize, maxHits - offset);
    if (terms.length === 0) return { data: [], meta: meta(0) };

    const backend = getService(strapi, 'search-index').backend();
    // Past maxHits nothing is read: the page is empty, the count still answered.
    const { total, matches } = await backend.search({ terms, locale: locale ?? '', offset, limit: Math.max(limit, 0), countUpTo: maxHits + 1 });
    if (matches.length === 0) return { data: [], meta: meta(total) };

    const rows = (await strapi.db.query(UID.article).findMany({
      where: { id: { $in: matches.map((match) => match.id) }, publishedAt: { $notNull: true } },
      select: HIT_FIELDS,
    })) as HitRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const data: SearchHit[] = [];
    for (const match of matches) {
      const row = byId.get(match.id);
      if (!row) continue; // unpublished between the two reads
      const title = (row.title ?? '').normalize('NFC');
      const { snippet, ranges } = hitSnippet(plainText(row.lead), plainText(row.body), terms, snippetLength);
      data.push({
        documentId: row.documentId,
        locale: row.locale,
        title,
        slug: row.slug,
        bylineText: row.bylineText,
        publishedAt: iso(row.publishedAt),
        firstPublishedAt: iso(row.originalPublishedAt ?? row.publishedAt),
        matchedIn: match.field,
        snippet,
        ranges,
        titleRanges: findMatches(title, terms),
      });
    }
    return { data, meta: meta(total) };
  },
});

export default createSearchArticlesService;
