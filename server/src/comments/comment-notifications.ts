import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { LOCKS } from './comment-locks';
import type { CommentRow } from './comment-rows';

interface EmailService {
  send(options: { to: string | string[]; subject: string; text: string; html?: string }): Promise<unknown>;
}

const excerpt = (text: string, length = 280): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Emails through Strapi's email plugin, when it is there: moderators hear of new pending comments
 * (at most one email per configured interval, across instances: the time of the last one is kept
 * in Strapi's store under a lock), and a comment's author hears of a reply once it is approved.
 * A failed email never fails the comment: it is logged without any address.
 */
const createCommentNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const email = (): EmailService | null => {
    const plugin = strapi.plugin('email');
    return plugin ? (plugin.service('email') as EmailService) : null;
  };
  const config = () => strapi.config.get<{ notifyModerators: string[]; notifyIntervalSeconds: number }>('plugin::newsroom.comments');
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom' });
  const send = async (options: Parameters<EmailService['send']>[0], what: string) => {
    try {
      await email()?.send(options);
    } catch (error) {
      strapi.log.warn(`[newsroom] could not send the ${what} email: ${(error as Error)?.name ?? 'error'}`);
    }
  };

  return {
    async pendingComment(comment: CommentRow, articleTitle: string): Promise<void> {
      const { notifyModerators, notifyIntervalSeconds } = config();
      if (!email() || notifyModerators.length === 0) return;
      const due = await getService(strapi, 'write-lock').withLock(LOCKS.notify, async () => {
        const last = Number((await store().get({ key: 'comments.lastModeratorEmail' })) ?? 0);
        if (Date.now() - last < notifyIntervalSeconds * 1000) return false;
        await store().set({ key: 'comments.lastModeratorEmail', value: Date.now() });
        return true;
      });
      if (!due) return;
      const pending = await strapi.db.query(UID.comment).count({ where: { status: 'pending' } });
      await send(
        {
          to: notifyModerators,
          subject: `[Bình luận] ${pending} bình luận chờ duyệt / ${pending} comment(s) pending`,
          text: [
            `Bình luận mới chờ duyệt trong bài "${articleTitle}":`,
            `${comment.authorName}: ${excerpt(comment.content)}`,
            '',
            `A new comment awaits moderation under "${articleTitle}". Pending now: ${pending}.`,
          ].join('\n'),
        },
        'moderator'
      );
    },

    /** Tells the author of the comment replied to, once the reply is approved (never for pending or spam). */
    async replyApproved(reply: CommentRow): Promise<void> {
      if (!email() || reply.status !== 'approved' || reply.parentId === null) return;
      const parent: CommentRow | null = await strapi.db.query(UID.comment).findOne({ where: { id: reply.parentId } });
      if (!parent?.authorEmail || parent.authorEmail === reply.authorEmail) return;
      await send(
        {
          to: parent.authorEmail,
          subject: 'Có người trả lời bình luận của bạn / Someone replied to your comment',
          text: [
            `${reply.authorName} đã trả lời bình luận của bạn:`,
            excerpt(reply.content),
            '',
            `${reply.authorName} replied to your comment.`,
          ].join('\n'),
        },
        'reply'
      );
    },
  };
};

export default createCommentNotificationsService;
