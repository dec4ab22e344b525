import type { CommentActor, CommentStatus, ModerationComment, PublicComment } from '../../../contracts/comments';

/** A stored comment row, as the query engine returns it. */
export interface CommentRow {
  id: number;
  articleDocumentId: string;
  articleLocale: string | null;
  parentId: number | null;
  rootId: number | null;
  depth: number | null;
  authorName: string;
  authorEmail: string | null;
  authorUserId: number | null;
  content: string;
  status: CommentStatus;
  isStaff: boolean | null;
  staffUserId: number | null;
  ipHash: string | null;
  userAgent: string | null;
  contentHash: string | null;
  reportCount: number | null;
  approvedAt: string | Date | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

const iso = (value: string | Date | null): string => (value ? new Date(value).toISOString() : '');

/** What anyone may see of a comment. Built field by field: a private field cannot slip in. */
export const toPublic = (row: CommentRow): PublicComment => ({
  id: row.id,
  parentId: row.parentId ?? null,
  authorName: row.authorName,
  content: row.content,
  isStaff: row.isStaff === true,
  createdAt: iso(row.createdAt),
});

/** What moderators see (the email included; never the IP hash or the user agent). */
export const toModeration = (row: CommentRow, title: string | null): ModerationComment => ({
  ...toPublic(row),
  status: row.status,
  authorEmail: row.authorEmail ?? null,
  reportCount: row.reportCount ?? 0,
  updatedAt: iso(row.updatedAt),
  article: { documentId: row.articleDocumentId, locale: row.articleLocale ?? null, title },
});

/**
 * Where a reply to `parent` is stored: under it; or, when the parent is at the deepest level
 * (`maxDepth - 1`, top-level comments being level 0), next to it, under the parent's own parent,
 * as WordPress does. With `maxDepth` 1 (no replies) a reply is a top-level comment.
 */
export const replyPlacement = (parent: CommentRow, maxDepth: number): { parentId: number | null; rootId: number | null; depth: number } => {
  const depth = parent.depth ?? 0;
  if (depth < maxDepth - 1) return { parentId: parent.id, rootId: parent.rootId ?? parent.id, depth: depth + 1 };
  if (parent.parentId === null) return { parentId: null, rootId: null, depth: 0 };
  return { parentId: parent.parentId, rootId: parent.rootId ?? parent.id, depth };
};

export const READER = (userId: number | null, name: string): CommentActor => ({ type: 'reader', id: userId, name });
export const RULE: CommentActor = { type: 'rule', id: null, name: null };
