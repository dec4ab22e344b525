import type { Core } from '@strapi/strapi';
import { SLUG_SOURCE_FIELD, UID, type NewsroomUID } from '../constants';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

const WRITES = new Set(['create', 'update', 'clone']);

const isSlugged = (uid: string): uid is NewsroomUID => uid in SLUG_SOURCE_FIELD;

/**
 * Writes the slug on every create, update and clone, and keeps the history of published slugs.
 * Writes of one type and locale take turns from choosing a slug to storing it, in this process and
 * across instances sharing the database, so racing writes cannot pick the same one (there is no
 * unique index to catch it).
 */
export const slugs =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const { uid, action, params } = ctx;
    if (!isSlugged(uid)) return next();

    if (action === 'delete' && uid === UID.article) {
      const result = await next();
      if (typeof params.documentId === 'string') {
        // Like the delete itself: one locale (the default when none is named), or every one for '*'.
        const locale = params.locale === '*' ? null : await getService(strapi, 'slugs').resolveLocale(uid, params.locale);
        await getService(strapi, 'slug-history').forgetDocument(params.documentId, locale);
      }
      return result;
    }
    if (!WRITES.has(action)) return next();

    const locale = await getService(strapi, 'slugs').resolveLocale(uid, params.locale);
    return getService(strapi, 'cluster-lock').run(`newsroom-slug:${uid}:${locale ?? ''}`, async () => {
      const data = { ...(params.data ?? {}) };
      params.data = data;
      const change = await getService(strapi, 'slugs').prepare(
        {
          uid,
          action: action as 'create' | 'update' | 'clone',
          documentId: action === 'update' ? params.documentId : undefined,
          locale,
          data,
        },
        action === 'clone' ? params.documentId : undefined
      );
      const result = await next();
      if (change) await getService(strapi, 'slug-history').remember(change);
      return result;
    });
  };
