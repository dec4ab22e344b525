import type { Core } from '@strapi/strapi';
import type { CommentActor, CommentEvent, CommentStatus } from '../../../contracts/comments';
import { UID } from '../constants';

interface EventRow {
  id: number;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus;
  reason: string | null;
  actorType: CommentActor['type'];
  actorId: number | null;
  actorName: string | null;
  createdAt: string | Date;
}

/** A comment's moderation history: who moved it, when, from which status to which, and why. */
const createCommentHistoryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(commentIds: number[], from: Map<number, CommentStatus | null>, to: CommentStatus, actor: CommentActor, reason?: string | null) {
    if (commentIds.length === 0) return;
    await strapi.db.query(UID.commentEvent).createMany({
      data: commentIds.map((commentId) => ({
        commentId,
        fromStatus: from.get(commentId) ?? null,
        toStatus: to,
        reason: reason ?? null,
        actorType: actor.type,
        actorId: actor.id,
        actorName: actor.name,
      })),
    });
  },

  async list(commentId: number): Promise<CommentEvent[]> {
    const rows: EventRow[] = await strapi.db.query(UID.commentEvent).findMany({
      where: { commentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      from: row.fromStatus,
      to: row.toStatus,
      reason: row.reason,
      actor: { type: row.actorType, id: row.actorId, name: row.actorName },
      at: new Date(row.createdAt).toISOString(),
    }));
  },

  async forget(commentIds: number[]) {
    if (commentIds.length > 0) await strapi.db.query(UID.commentEvent).deleteMany({ where: { commentId: { $in: commentIds } } });
  },
});

export default createCommentHistoryService;
