import type { CommentStatus } from '../../../contracts/comments';
import type { MessageKey } from './messages';

/** Each status's name in the admin's language. */
export const STATUS_LABEL: Record<CommentStatus, MessageKey> = {
  pending: 'comments.status.pending',
  approved: 'comments.status.approved',
  rejected: 'comments.status.rejected',
  spam: 'comments.status.spam',
};
