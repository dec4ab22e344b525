import type { Core } from '@strapi/strapi';
import type { BackendMatch, IndexRow, SearchBackend } from '../../server/src/delivery/search/search-backend';
import { ARTICLE } from './content';

/**
 * A search backend that keeps the index in memory: what a site plugging in a dedicated engine
 * (Meilisearch, Typesense…) writes, in its simplest form. It uses nothing but the documented
 * interface, so a test that swaps it in shows that the interface is enough.
 */
export const memorySearchBackend = (strapi: Core.Strapi) => {
  const entries = new Map<number, IndexRow>();
  /** Every `replace` call, to check what the plugin hands over. */
  const replaced: Array<{ documentIds: string[]; rows: number[] }> = [];

  const published = async (): Promise<Array<{ id: number; documentId: string }>> =>
    strapi.db.query(ARTICLE).findMany({ where: { publishedAt: { $notNull: true } }, select: ['id', 'documentId'], orderBy: { id: 'asc' } });

  const backend: SearchBackend = {
    name: 'memory',

    async prepare() {},

    async replace(documentIds, rows) {
      replaced.push({ documentIds, rows: rows.map((row) => row.id) });
      for (const [id, entry] of entries) if (documentIds.includes(entry.documentId)) entries.delete(id);
      for (const row of rows) entries.set(row.id, row);
    },

    async search({ terms, locale, offset, limit, countUpTo }) {
      // Folded, padded text: a term is found when ` its words ` stands in a field.
      const inField = (text: string, term: string[]) => text.includes(` ${term.join(' ')} `);
      const ranked: Array<BackendMatch & { row: IndexRow; tier: number }> = [];
      for (const row of entries.values()) {
        if (row.locale !== locale) continue;
        if (!terms.every((term) => [row.title, row.lead, row.body].some((text) => inField(text, term)))) continue;
        const inTitle = terms.every((term) => inField(row.title, term));
        const inHead = terms.every((term) => inField(row.title, term) || inField(row.lead, term));
        ranked.push({ id: row.id, row, field: inTitle ? 'title' : inHead ? 'lead' : 'body', tier: inTitle ? 3 : inHead ? 2 : 1 });
      }
      ranked.sort((a, b) => b.tier - a.tier || b.row.sortAt - a.row.sortAt || b.id - a.id);
      return { total: Math.min(ranked.length, countUpTo), matches: ranked.slice(offset, offset + limit).map(({ id, field }) => ({ id, field })) };
    },

    async pending(afterId, limit) {
      return (await published()).filter((row) => row.id > afterId && !entries.has(row.id)).slice(0, limit);
    },

    async prune() {
      const live = new Set((await published()).map((row) => row.id));
      let removed = 0;
      for (const id of [...entries.keys()]) {
        if (live.has(id)) continue;
        entries.delete(id);
        removed += 1;
      }
      return removed;
    },
  };
  return { backend, entries, replaced };
};
