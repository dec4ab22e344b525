import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportReason } from '../../../contracts/comments';
import { UID } from '../constants';
import { getService } from '../get-service';
import { LOCKS } from './comment-locks';
import type { CommentRow } from './comment-rows';

/**
 * Readers report abuse. One report per sender and comment counts (a unique index holds that across
 * instances); at the configured number of reports since its last approval, an approved comment goes
 * back to moderation. `reportCount` keeps every report, for moderators.
 */
const createCommentReportsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(commentId: number, reason: ReportReason, sender: { ip: string; userId: number | null }): Promise<void> {
    const comments = strapi.db.query(UID.comment);
    const comment: CommentRow | null = await comments.findOne({ where: { id: commentId } });
    // Only what the public can see can be reported; the rest does not exist for it.
    if (!comment || comment.status !== 'approved') throw new errors.NotFoundError(`No comment has the id ${commentId}`);
    const rules = getService(strapi, 'comment-rules');
    const senderHash = rules.hash(sender.userId !== null ? `user:${sender.userId}` : `ip:${sender.ip}`);

    const hidden = await getService(strapi, 'write-lock').withLock(LOCKS.report(commentId), async () => {
      const reports = strapi.db.query(UID.commentReport);
      if ((await reports.count({ where: { commentId, senderHash } })) === 0) {
        await reports.create({ data: { commentId, senderHash, reason } });
      }
      const reportCount = await reports.count({ where: { commentId } });
      const current: CommentRow | null = await comments.findOne({ where: { id: commentId } });
      if (!current) return null;
      await comments.update({ where: { id: commentId }, data: { reportCount } });
      // Reports count toward the threshold from the comment's last approval on: once a moderator has
      // approved a reported comment, it takes as many new reports to send it back again.
      const counted = current.approvedAt
        ? await reports.count({ where: { commentId, createdAt: { $gte: new Date(current.approvedAt) } } })
        : reportCount;
      if (current.status !== 'approved' || counted < rules.config().reportThreshold) return null;
      // Only if it is still approved (a moderator may have moved it meanwhile).
      const { count } = await comments.updateMany({ where: { id: commentId, status: 'approved' }, data: { status: 'pending' } });
      if (count === 0) return null;
      await getService(strapi, 'comment-history').record(
        [commentId],
        new Map([[commentId, 'approved']]),
        'pending',
        { type: 'report', id: null, name: null },
        `${counted} reports`
      );
      return current;
    });
    if (hidden) await getService(strapi, 'comment-count').recount([{ documentId: hidden.articleDocumentId, locale: hidden.articleLocale }]);
  },
});

export default createCommentReportsService;
