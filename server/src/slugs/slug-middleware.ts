import type { Core } from '@strapi/strapi';
import { SLUG_SOURCE_FIELD, type CollectionUID } from '../constants';
import { getService } from '../get-service';
import { resultDocumentId, type DocumentMiddleware } from '../shared/document-middleware';
import { resolveLocale } from '../shared/locales';

const WRITES = new Set(['create', 'update', 'clone']);

const isSlugged = (uid: string): uid is CollectionUID => uid in SLUG_SOURCE_FIELD;

/**
 * Writes the slug on every create, update and clone, whatever path it came from, and keeps the
 * history of public slugs. Writes of one type and locale take turns from choosing a slug until
 * their transaction ends (see write-lock), so racing writes cannot pick the same one, even inside
 * the Content Manager's publish, which creates and publishes in one outer transaction.
 */
export const slugMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if (!isSlugged(uid)) return next();

    if (action === 'delete') {
      return strapi.db.transaction(async () => {
        const result = await next();
        if (typeof params.documentId === 'string') {
          // Like the delete itself: one locale (the default when none is named), or every one for '*'.
          const locale = params.locale === '*' ? null : await resolveLocale(strapi, uid, params.locale);
          await getService(strapi, 'slug-history').forget(uid, params.documentId, locale);
        }
        return result;
      });
    }
    if (!WRITES.has(action)) return next();

    const locale = await resolveLocale(strapi, uid, params.locale);
    return getService(strapi, 'write-lock').withLock(`slug:${uid}:${locale ?? ''}`, async (lock) => {
      const data = { ...(params.data ?? {}) };
      params.data = data;
      const documentId = typeof params.documentId === 'string' ? params.documentId : undefined;
      const write = { uid, action: action as 'create' | 'update' | 'clone', documentId, locale, data };
      const { chosen, change } = await getService(strapi, 'slugs').prepare(write, lock);
      const result = await next();
      // The next writer under this lock may read from an older snapshot: tell it (see write-lock).
      const owner = action === 'update' ? documentId : resultDocumentId(result, {});
      if (chosen && owner) await lock.record(chosen, owner);
      if (change) await getService(strapi, 'slug-history').remember(change);
      return result;
    });
  };
