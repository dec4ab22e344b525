import type { Core } from '@strapi/strapi';
import { BYLINE_SEPARATOR, UID } from '../constants';

interface ArticleRow {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: string | null;
  bylineText: string | null;
  originalPublishedAt: string | null;
  bylines?: Array<{ name: string | null }>;
}

export interface DerivedFields {
  bylineText: string | null;
  originalPublishedAt: string | null;
}

const joinNames = (bylines: ArticleRow['bylines'] = []): string | null => {
  const names = bylines.map((byline) => byline.name?.trim()).filter((name): name is string => Boolean(name));
  return names.length > 0 ? names.join(BYLINE_SEPARATOR) : null;
};

/** The earliest known first publication of a document's locale, or its publication now. */
const firstPublication = (rows: ArticleRow[]): string | null => {
  const known = rows.map((row) => row.originalPublishedAt).filter((value): value is string => value != null);
  if (known.length > 0) return known.map((v) => new Date(v)).sort((a, b) => +a - +b)[0].toISOString();
  const published = rows.find((row) => row.publishedAt != null);
  return published ? new Date(published.publishedAt as string).toISOString() : null;
};

const sameInstant = (a: string | null, b: string | null): boolean =>
  a === b || (a != null && b != null && +new Date(a) === +new Date(b));

/**
 * Server-owned article fields derived from other data: `bylineText` (the bylines' names in their
 * editorial order) and `originalPublishedAt`. Written straight to the rows, so the derivation
 * never re-enters the document service and never touches `updatedAt`.
 */
const createBylineTextService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Recomputes the derived fields of these documents' rows; returns them by row id. */
  async refreshArticles(documentIds: string[]): Promise<Map<number, DerivedFields>> {
    const fresh = new Map<number, DerivedFields>();
    if (documentIds.length === 0) return fresh;
    const rows: ArticleRow[] = await strapi.db.query(UID.article).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['id', 'documentId', 'locale', 'publishedAt', 'bylineText', 'originalPublishedAt'],
      populate: { bylines: { select: ['name'] } },
    });
    const groups = new Map<string, ArticleRow[]>();
    for (const row of rows) {
      const key = `${row.documentId}\u0000${row.locale ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    // Rows that need the same values are written together: a byline renamed under many articles
    // costs one UPDATE per distinct byline text, not one per row.
    const writes = new Map<string, { fields: DerivedFields; ids: number[] }>();
    for (const group of groups.values()) {
      const originalPublishedAt = firstPublication(group);
      for (const row of group) {
        const fields = { bylineText: joinNames(row.bylines), originalPublishedAt };
        fresh.set(row.id, fields);
        if (row.bylineText === fields.bylineText && sameInstant(row.originalPublishedAt, originalPublishedAt)) continue;
        const key = JSON.stringify(fields);
        const write = writes.get(key) ?? { fields, ids: [] };
        write.ids.push(row.id);
        writes.set(key, write);
      }
    }
    for (const { fields, ids } of writes.values()) {
      await strapi.db.query(UID.article).updateMany({ where: { id: { $in: ids } }, data: fields });
    }
    return fresh;
  },

  /** documentIds of the articles that credit any of these bylines. */
  async articlesCiting(bylineDocumentIds: string[]): Promise<string[]> {
    if (bylineDocumentIds.length === 0) return [];
    const rows: Array<{ documentId: string }> = await strapi.db.query(UID.article).findMany({
      select: ['documentId'],
      where: { bylines: { documentId: { $in: bylineDocumentIds } } },
    });
    return [...new Set(rows.map((row) => row.documentId))];
  },
});

export default createBylineTextService;
