import type { Core } from '@strapi/strapi';
import { BYLINE_SEPARATOR, UID } from '../constants';

interface ArticleRow {
  id: number;
  bylineText: string | null;
  bylines?: Array<{ name: string | null }>;
}

/** The names in editorial order, joined by a spaced en dash; null without names. */
export const joinNames = (bylines: ArticleRow['bylines'] = []): string | null => {
  const names = bylines.map((byline) => byline.name?.trim()).filter((name): name is string => Boolean(name));
  return names.length > 0 ? names.join(BYLINE_SEPARATOR) : null;
};

/**
 * `bylineText`, the article's bylines' names in their editorial order. Written straight to the
 * rows, so the derivation never re-enters the document service and never touches `updatedAt`.
 */
const createBylineTextService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Recomputes the byline text of these documents' rows; returns it by row id. */
  async refresh(documentIds: string[]): Promise<Map<number, { bylineText: string | null }>> {
    const fresh = new Map<number, { bylineText: string | null }>();
    if (documentIds.length === 0) return fresh;
    const rows: ArticleRow[] = await strapi.db.query(UID.article).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['id', 'bylineText'],
      populate: { bylines: { select: ['name'] } },
    });
    // Rows that need the same text are written together: a byline renamed under many articles
    // costs one UPDATE per distinct text, not one per row.
    const writes = new Map<string | null, number[]>();
    for (const row of rows) {
      const bylineText = joinNames(row.bylines);
      fresh.set(row.id, { bylineText });
      if (row.bylineText !== bylineText) writes.set(bylineText, [...(writes.get(bylineText) ?? []), row.id]);
    }
    for (const [bylineText, ids] of writes) {
      await strapi.db.query(UID.article).updateMany({ where: { id: { $in: ids } }, data: { bylineText } });
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
