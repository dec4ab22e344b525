/** Shapes shared by the server and the admin for reader comments and their moderation. */

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const REPORT_REASONS = ['spam', 'offensive', 'off-topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const THREAD_SORTS = ['newest', 'oldest'] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

/** What anyone may see of a comment: never the email, IP hash or user agent. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  content: string;
  isStaff: boolean;
  createdAt: string;
}

/** The answer to a submission: the stored comment's public fields and where it stands. */
export interface SubmittedComment extends PublicComment {
  status: CommentStatus;
}

/** A node of a public thread: approved comments only, replies nested to the configured depth. */
export interface ThreadNode extends PublicComment {
  replyCount: number;
  replies: ThreadNode[];
}

export interface ThreadResponse {
  data: ThreadNode[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    sort: ThreadSort;
  };
}

/** Who did something to a comment. */
export interface CommentActor {
  type: 'reader' | 'admin' | 'rule' | 'report';
  id: number | null;
  name: string | null;
}

export interface CommentEvent {
  id: number;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string | null;
  actor: CommentActor;
  at: string;
}

/** A comment as moderators see it (the email included: moderators only). */
export interface ModerationComment extends PublicComment {
  status: CommentStatus;
  authorEmail: string | null;
  reportCount: number;
  updatedAt: string;
  article: { documentId: string; locale: string | null; title: string | null };
}

export interface ModerationListResponse {
  data: ModerationComment[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    counts: Record<CommentStatus, number>;
  };
}

export interface ModerateRequest {
  ids: number[];
  status: CommentStatus;
  reason?: string;
}
