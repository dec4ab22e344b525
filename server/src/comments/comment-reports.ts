import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportReason } from '../../../contracts/comments';
import { UID } from '../constants';
import { getService } from '../get-service';
import type { CommentRow } from './comment-rows';

/**
 * Readers report abuse. One report per sender and comment counts (a unique index holds that across
 * instances); at the configured number of reports an approved comment goes back to moderation.
 */
const createCommentReportsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(commentId: number, reason: ReportReason, sender: { ip: string; userId: number | null }): Promise<void> {
    const comments = strapi.db.query(UID.comment);
    const comment: CommentRow | null = await comments.findOne({ where: { id: commentId } });
    // Only what the public can see can be reported; the rest does not exist for it.
    if (!comment || comment.status !== 'approved') throw new errors.NotFoundError(`No comment has the id ${commentId}`);
    const rules = getService(strapi, 'comment-rules');
    const senderHash = rules.hash(sender.userId !== null ? `user:${sender.userId}` : `ip:${sender.ip}`);

    await getService(strapi, 'write-lock').withLock(`comment-report:${commentId}`, async () => {
      const reports = strapi.db.query(UID.commentReport);
      if ((await reports.count({ where: { commentId, senderHash } })) === 0) {
        await reports.create({ data: { commentId, senderHash, reason } });
      }
      const reportCount = await reports.count({ where: { commentId } });
      const current: CommentRow | null = await comments.findOne({ where: { id: commentId } });
      if (!current) return;
      const goesBack = current.status === 'approved' && reportCount >= rules.config().reportThreshold;
      await comments.update({ where: { id: commentId }, data: { reportCount, ...(goesBack ? { status: 'pending' } : {}) } });
      if (goesBack) {
        const reason = `${reportCount} reports`;
        await getService(strapi, 'comment-history').record([commentId], new Map([[commentId, 'approved']]), 'pending', { type: 'report', id: null, name: null }, reason);
        await getService(strapi, 'comment-count').recount([{ documentId: current.articleDocumentId, locale: current.articleLocale }]);
      }
    });
  },
});

export default createCommentReportsService;
