import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

interface ArticleRow {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: string | null;
  originalPublishedAt: string | null;
}

/** The earliest known first publication of a document's locale, or its publication now. */
export const firstPublication = (rows: Array<Pick<ArticleRow, 'publishedAt' | 'originalPublishedAt'>>): string | null => {
  const known = rows.map((row) => row.originalPublishedAt).filter((value): value is string => value != null);
  if (known.length > 0) return known.map((v) => new Date(v)).sort((a, b) => +a - +b)[0].toISOString();
  const published = rows.find((row) => row.publishedAt != null);
  return published ? new Date(published.publishedAt as string).toISOString() : null;
};

const sameInstant = (a: string | null, b: string | null): boolean =>
  a === b || (a != null && b != null && +new Date(a) === +new Date(b));

/**
 * `originalPublishedAt`: when a document's locale was first published. It survives unpublishing
 * and republishing; from then on the slug no longer follows the title.
 */
const createFirstPublicationService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Recomputes it for these documents' rows; returns it by row id. */
  async refresh(documentIds: string[]): Promise<Map<number, { originalPublishedAt: string | null }>> {
    const fresh = new Map<number, { originalPublishedAt: string | null }>();
    if (documentIds.length === 0) return fresh;
    const rows: ArticleRow[] = await strapi.db.query(UID.article).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['id', 'documentId', 'locale', 'publishedAt', 'originalPublishedAt'],
    });
    const groups = new Map<string, ArticleRow[]>();
    for (const row of rows) {
      const key = `${row.documentId}\u0000${row.locale ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const group of groups.values()) {
      const originalPublishedAt = firstPublication(group);
      const stale = group.filter((row) => !sameInstant(row.originalPublishedAt, originalPublishedAt)).map((row) => row.id);
      for (const row of group) fresh.set(row.id, { originalPublishedAt });
      if (stale.length > 0) {
        await strapi.db.query(UID.article).updateMany({ where: { id: { $in: stale } }, data: { originalPublishedAt } });
      }
    }
    return fresh;
  },

  /** A copy (the Content Manager's "Duplicate") has never been published, whatever its source was. */
  async forget(documentId: string): Promise<void> {
    await strapi.db.query(UID.article).updateMany({ where: { documentId }, data: { originalPublishedAt: null } });
  },
});

export default createFirstPublicationService;
