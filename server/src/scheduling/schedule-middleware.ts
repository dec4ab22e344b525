import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { DocumentMiddleware } from '../shared/document-middleware';
import { isLocalized, resolveLocale } from '../shared/locales';

/**
 * A document's own writes and its schedule: a publication by hand makes its waiting publish entry
 * `done` (nothing is published twice), a deletion cancels its entries. Both are written in the
 * write's transaction and before it, so they commit or roll back with it, and a scheduler run of
 * the same entry (which holds the entry's row until it commits) and this write take turns.
 * Unpublishing by hand leaves a scheduled unpublication alone: the editor may publish again before it.
 */
export const scheduleMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if ((action !== 'publish' && action !== 'delete') || typeof params.documentId !== 'string') return next();
    if (!getService(strapi, 'schedule-targets').uids().includes(uid)) return next();
    const documentId = params.documentId;
    const localized = isLocalized(strapi, uid);
    // '*' (or a list) is every locale; otherwise the one named or the default one.
    const every = params.locale === '*' || Array.isArray(params.locale);
    const locale = localized ? (every ? null : await resolveLocale(strapi, uid, params.locale)) : '';
    const schedules = getService(strapi, 'schedules');
    return strapi.db.transaction(async () => {
      if (action === 'publish') {
        const locales = Array.isArray(params.locale) ? (params.locale as string[]) : locale === null ? null : [locale];
        await schedules.publishedByHand(uid, documentId, locales);
      } else {
        await schedules.documentDeleted(uid, documentId, Array.isArray(params.locale) ? null : locale);
      }
      return next();
    });
  };
