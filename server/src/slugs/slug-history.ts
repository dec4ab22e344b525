import type { Core } from '@strapi/strapi';
import { UID, type CollectionUID } from '../constants';
import type { SlugChange } from './slugs';

/** Former slugs of published articles and of bylines, so that old links still find their document. */
const createSlugHistoryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async remember(change: SlugChange): Promise<void> {
    const query = strapi.db.query(UID.slugRedirect);
    const scope = { targetUid: change.uid, targetLocale: change.locale };
    // The new slug is current again: it must not also redirect.
    await query.deleteMany({ where: { ...scope, slug: change.next } });
    const existing = await query.findOne({ where: { ...scope, slug: change.previous } });
    const data = { ...scope, slug: change.previous, targetDocumentId: change.documentId };
    if (existing) await query.update({ where: { id: existing.id }, data });
    else await query.create({ data });
  },

  /** The documentId a former slug pointed to, or null. */
  async resolve(uid: CollectionUID, slug: string, locale: string | null): Promise<string | null> {
    const row = await strapi.db.query(UID.slugRedirect).findOne({ where: { targetUid: uid, slug, targetLocale: locale } });
    return row?.targetDocumentId ?? null;
  },

  /** Forgets a deleted document's former slugs: one locale, or every one (null). */
  async forget(uid: CollectionUID, documentId: string, locale: string | null): Promise<void> {
    await strapi.db.query(UID.slugRedirect).deleteMany({
      where: { targetUid: uid, targetDocumentId: documentId, ...(locale ? { targetLocale: locale } : {}) },
    });
  },
});

export default createSlugHistoryService;
