import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COMMENT_STATUSES,
  type CommentActor,
  type CommentStatus,
  type ModerationComment,
  type ModerationListResponse,
} from '../../../contracts/comments';
import { UID } from '../constants';
import { getService } from '../get-service';
import { LOCKS } from './comment-locks';
import { replyPlacement, toModeration, type CommentRow } from './comment-rows';
import { contentHash } from './rules/sender-hash';
import { fieldError } from '../shared/parsed';

export interface ModerationFilters {
  status?: CommentStatus;
  article?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

export const adminActor = (user: AdminUser): CommentActor => ({
  type: 'admin',
  id: user.id,
  name: user.username || [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || null,
});

type Articles = Array<{ documentId: string; locale: string | null }>;
const articlesOf = (rows: CommentRow[]): Articles => rows.map((row) => ({ documentId: row.articleDocumentId, locale: row.articleLocale }));

/** The moderation queue and what moderators do with it. Every change is in the history. */
const createCommentModerationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(UID.comment);

  const withTitles = async (rows: CommentRow[]): Promise<ModerationComment[]> => {
    const titles = await getService(strapi, 'comment-articles').titles(rows.map((row) => row.articleDocumentId));
    return rows.map((row) => toModeration(row, titles.get(`${row.articleDocumentId}\u0000${row.articleLocale ?? ''}`) ?? null));
  };

  const found = async (id: number): Promise<CommentRow> => {
    const row: CommentRow | null = await comments().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(`No comment has the id ${id}`);
    return row;
  };

  const service = {
    async list(filters: ModerationFilters): Promise<ModerationListResponse> {
      const scope: Record<string, unknown> = {};
      if (filters.article) scope.articleDocumentId = filters.article;
      if (filters.q) {
        // SQLite lower-cases ASCII letters only: the text is also searched lower- and upper-cased,
        // so that "GIAO THÔNG" finds "giao thông" there as it does on PostgreSQL and MySQL.
        const q = filters.q.normalize('NFC');
        const spellings = [...new Set([q, q.toLowerCase(), q.toUpperCase()])];
        scope.$or = spellings.flatMap((text) => [
          { content: { $containsi: text } },
          { authorName: { $containsi: text } },
          { authorEmail: { $containsi: text } },
        ]);
      }
      const where = filters.status ? { ...scope, status: filters.status } : scope;
      const [rows, total, ...perStatus] = await Promise.all([
        comments().findMany({
          where,
          // Newest first; the page asks for one status at a time, pending by default.
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (filters.page - 1) * filters.pageSize,
          limit: filters.pageSize,
        }) as Promise<CommentRow[]>,
        comments().count({ where }),
        ...COMMENT_STATUSES.map((status) => comments().count({ where: { ...scope, status } })),
      ]);
      const counts = Object.fromEntries(COMMENT_STATUSES.map((status, i) => [status, perStatus[i]])) as Record<CommentStatus, number>;
      return {
        data: await withTitles(rows),
        meta: {
          pagination: { page: filters.page, pageSize: filters.pageSize, pageCount: Math.ceil(total / filters.pageSize), total },
          counts,
        },
      };
    },

    /** Moves comments to a status (approve, reject, spam, restore to pending); unknown ids are a 404. */
    async moderate(ids: number[], status: CommentStatus, actor: CommentActor, reason?: string | null): Promise<ModerationComment[]> {
      const unique = [...new Set(ids)];
      // Moderators take turns (one lock), so that each change is recorded from the status it left.
      const moving = await getService(strapi, 'write-lock').withLock(LOCKS.moderation, async () => {
        const rows: CommentRow[] = await comments().findMany({ where: { id: { $in: unique } } });
        const missing = unique.filter((id) => !rows.some((row) => row.id === id));
        if (missing.length > 0) throw new errors.NotFoundError(`No comment has the id ${missing.join(', ')}`);
        const changed = rows.filter((row) => row.status !== status);
        if (changed.length === 0) return changed;
        const now = new Date();
        await comments().updateMany({
          where: { id: { $in: changed.map((row) => row.id) } },
          data: { status, updatedAt: now, ...(status === 'approved' ? { approvedAt: now } : {}) },
        });
        const from = new Map(changed.map((row) => [row.id, row.status] as [number, CommentStatus]));
        await getService(strapi, 'comment-history').record([...from.keys()], from, status, actor, reason);
        return changed;
      });
      await getService(strapi, 'comment-count').recount(articlesOf(moving));
      // A reply's author is told once: at its first approval, not when it is approved again.
      if (status === 'approved') {
        for (const row of moving.filter((item) => !item.approvedAt)) {
          await getService(strapi, 'comment-notifications').replyApproved({ ...row, status });
        }
      }
      return withTitles(await comments().findMany({ where: { id: { $in: unique } }, orderBy: { id: 'asc' } }));
    },

    async edit(id: number, content: string, actor: CommentActor): Promise<ModerationComment> {
      const row = await found(id);
      await strapi.db.transaction(async () => {
        await comments().update({ where: { id }, data: { content, contentHash: contentHash(content) } });
        await getService(strapi, 'comment-history').record([id], new Map([[id, row.status]]), row.status, actor, 'content edited');
      });
      return (await withTitles([await found(id)]))[0];
    },

    /**
     * Deletes a comment; its replies move up to its parent (as WordPress does), so that nothing
     * a reader wrote under it is lost.
     */
    async remove(id: number): Promise<void> {
      const row = await found(id);
      await strapi.db.transaction(async () => {
        const rootId = row.rootId ?? row.id;
        const thread: CommentRow[] = await comments().findMany({ where: { $or: [{ id: rootId }, { rootId }] } });
        const children = new Map<number | null, CommentRow[]>();
        for (const item of thread) {
          if (item.id === id) continue;
          const parentId = item.parentId === id ? row.parentId : item.parentId;
          children.set(parentId, [...(children.get(parentId) ?? []), { ...item, parentId }]);
        }
        // Walk down from each new root (the deleted one's parent, or its replies when it was a root).
        const updates: Array<{ id: number; parentId: number | null; rootId: number | null; depth: number }> = [];
        const walk = (parentId: number | null, top: number | null, depth: number) => {
          for (const child of children.get(parentId) ?? []) {
            const childRoot = parentId === null ? null : top;
            updates.push({ id: child.id, parentId, rootId: childRoot, depth });
            walk(child.id, childRoot ?? child.id, depth + 1);
          }
        };
        if (row.parentId === null) walk(null, null, 0);
        else walk(row.parentId, rootId, (row.depth ?? 1));
        const before = new Map(thread.map((item) => [item.id, item]));
        for (const update of updates) {
          const old = before.get(update.id);
          if (old && old.parentId === update.parentId && old.rootId === update.rootId && old.depth === update.depth) continue;
          await comments().update({ where: { id: update.id }, data: { parentId: update.parentId, rootId: update.rootId, depth: update.depth } });
        }
        await comments().delete({ where: { id } });
        await strapi.db.query(UID.commentReport).deleteMany({ where: { commentId: id } });
        await getService(strapi, 'comment-history').forget([id]);
      });
      await getService(strapi, 'comment-count').recount(articlesOf([row]));
    },

    /**
     * An editor's reply, approved at once and marked as staff. A reply to a pending comment approves
     * it too (WordPress's "Approve and reply"); a rejected or spam comment is not replied to: the
     * reply would hang under a comment nobody sees.
     */
    async reply(id: number, content: string, user: AdminUser): Promise<ModerationComment> {
      const parent = await found(id);
      if (parent.status === 'rejected' || parent.status === 'spam') {
        throw new errors.ValidationError(`A ${parent.status} comment cannot be replied to; restore it first`, {
          errors: [fieldError('id', `The comment is ${parent.status}`)],
        });
      }
      const config = getService(strapi, 'comment-rules').config();
      const actor = adminActor(user);
      const created = await getService(strapi, 'write-lock').withLock(LOCKS.moderation, async () => {
        const now = new Date();
        if (parent.status === 'pending') {
          const { count } = await comments().updateMany({ where: { id: parent.id, status: 'pending' }, data: { status: 'approved', approvedAt: now } });
          if (count > 0) {
            await getService(strapi, 'comment-history').record([parent.id], new Map([[parent.id, parent.status]]), 'approved', actor, 'approved with a staff reply');
          }
        }
        const row: CommentRow = await comments().create({
          data: {
            articleDocumentId: parent.articleDocumentId,
            articleLocale: parent.articleLocale,
            ...replyPlacement(parent, config.maxDepth),
            authorName: actor.name ?? 'Ban biên tập',
            authorEmail: user.email ?? null,
            content,
            contentHash: contentHash(content),
            status: 'approved',
            approvedAt: now,
            isStaff: true,
            staffUserId: user.id,
            reportCount: 0,
          },
        });
        await getService(strapi, 'comment-history').record([row.id], new Map(), 'approved', actor, 'staff reply');
        return row;
      });
      await getService(strapi, 'comment-count').recount(articlesOf([created]));
      const notifications = getService(strapi, 'comment-notifications');
      if (parent.status === 'pending' && !parent.approvedAt) await notifications.replyApproved({ ...parent, status: 'approved' });
      await notifications.replyApproved(created);
      return (await withTitles([created]))[0];
    },

    async history(id: number) {
      await found(id);
      return getService(strapi, 'comment-history').list(id);
    },
  };
  return service;
};

export default createCommentModerationService;
