import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { SlugChange } from './slugs';

/** Former slugs of published articles, so that old links still find their article. */
const createSlugHistoryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async remember(change: SlugChange): Promise<void> {
    if (change.uid !== UID.article) return;
    const query = strapi.db.query(UID.slugRedirect);
    // The new slug is current again: it must not also redirect.
    await query.deleteMany({ where: { slug: change.next, targetLocale: change.locale } });
    const existing = await query.findOne({ where: { slug: change.previous, targetLocale: change.locale } });
    const data = { slug: change.previous, targetLocale: change.locale, targetDocumentId: change.documentId };
    if (existing) await query.update({ where: { id: existing.id }, data });
    else await query.create({ data });
  },

  /** The documentId a former slug pointed to, or null. */
  async resolve(slug: string, locale: string | null): Promise<string | null> {
    const row = await strapi.db.query(UID.slugRedirect).findOne({ where: { slug, targetLocale: locale } });
    return row?.targetDocumentId ?? null;
  },

  async forgetDocument(documentId: string, locale: string | null): Promise<void> {
    await strapi.db.query(UID.slugRedirect).deleteMany({
      where: { targetDocumentId: documentId, ...(locale ? { targetLocale: locale } : {}) },
    });
  },
});

export default createSlugHistoryService;
