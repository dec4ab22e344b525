import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { LOCKS } from './comment-locks';

/**
 * `commentCount` on articles: the approved comments of each article's locale, stored on its rows.
 * Called after the change it follows has committed, in a transaction of its own under a lock per
 * article and locale: the last recount of racing changes runs after all of them and sees them all
 * (on MySQL too, whose repeatable-read snapshot starts at the count, once the lock is held).
 */
const createCommentCountService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async recount(articles: Array<{ documentId: string; locale: string | null }>): Promise<void> {
    const seen = new Set<string>();
    for (const { documentId, locale } of articles) {
      const key = `${documentId}\u0000${locale ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await getService(strapi, 'write-lock').withLock(LOCKS.count(documentId, locale), async () => {
        const commentCount = await strapi.db
          .query(UID.comment)
          .count({ where: { articleDocumentId: documentId, articleLocale: locale, status: 'approved' } });
        await strapi.db
          .query(UID.article)
          .updateMany({ where: { documentId, ...(locale ? { locale } : {}) }, data: { commentCount } });
      });
    }
  },
});

export default createCommentCountService;
