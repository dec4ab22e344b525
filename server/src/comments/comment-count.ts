import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

/** `commentCount` on articles: the approved comments of each article's locale, stored on its rows. */
const createCommentCountService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async recount(articles: Array<{ documentId: string; locale: string | null }>): Promise<void> {
    const seen = new Set<string>();
    for (const { documentId, locale } of articles) {
      const key = `${documentId}\u0000${locale ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const commentCount = await strapi.db
        .query(UID.comment)
        .count({ where: { articleDocumentId: documentId, articleLocale: locale, status: 'approved' } });
      await strapi.db
        .query(UID.article)
        .updateMany({ where: { documentId, ...(locale ? { locale } : {}) }, data: { commentCount } });
    }
  },
});

export default createCommentCountService;
