import type { CommentStatus } from '../../../contracts/comments';
import type { MessageKey } from './messages';

/** A move in the queue: each is a status to set with `POST /newsroom/comments/moderate`. */
export type StatusAction = 'approve' | 'reject' | 'spam' | 'restore';

export const STATUS_ACTIONS: Array<{ action: StatusAction; to: CommentStatus; label: MessageKey }> = [
  { action: 'approve', to: 'approved', label: 'comments.actions.approve' },
  { action: 'reject', to: 'rejected', label: 'comments.actions.reject' },
  { action: 'spam', to: 'spam', label: 'comments.actions.spam' },
  { action: 'restore', to: 'pending', label: 'comments.actions.restore' },
];
