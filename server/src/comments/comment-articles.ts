import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { resolveLocale } from '../shared/locales';
import { fieldError } from '../shared/parsed';

export interface CommentableArticle {
  documentId: string;
  locale: string | null;
  title: string;
  commentsEnabled: boolean;
  originalPublishedAt: string | null;
}

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;
/** A locale code as Strapi's i18n names them: `vi`, `en`, `pt-BR`, `zh-Hans-CN`. */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The published article that comments are read from or posted under; a 404 otherwise. */
const createCommentArticlesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async published(documentId: string, locale: unknown): Promise<CommentableArticle> {
    if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale))) {
      throw new errors.ValidationError('locale must be a locale code, such as vi or en', {
        errors: [fieldError('locale', 'locale must be a locale code, such as vi or en')],
      });
    }
    // Not a documentId at all (a documentId is letters and digits): no such article, and no query.
    if (!DOCUMENT_ID.test(documentId)) throw new errors.NotFoundError('No published article has this documentId');
    const resolved = await resolveLocale(strapi, UID.article, locale);
    const row = await strapi.db.query(UID.article).findOne({
      select: ['documentId', 'locale', 'title', 'commentsEnabled', 'originalPublishedAt'],
      where: { documentId, publishedAt: { $notNull: true }, ...(resolved ? { locale: resolved } : {}) },
    });
    if (!row) throw new errors.NotFoundError(`No published article has the documentId "${documentId}"`);
    return {
      documentId: row.documentId,
      locale: row.locale ?? null,
      title: row.title,
      commentsEnabled: row.commentsEnabled !== false,
      originalPublishedAt: row.originalPublishedAt ?? null,
    };
  },

  /** Titles of articles (their draft rows, where editors see the current title), by documentId. */
  async titles(documentIds: string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const rows: Array<{ documentId: string; locale: string | null; title: string }> = await strapi.db.query(UID.article).findMany({
      select: ['documentId', 'locale', 'title'],
      where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null },
    });
    return new Map(rows.map((row) => [`${row.documentId}\u0000${row.locale ?? ''}`, row.title]));
  },
});

export default createCommentArticlesService;
