import { Badge } from '@strapi/design-system';
import type { CommentStatus } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { STATUS_LABEL } from '../utils/status-labels';

const VARIANT: Record<CommentStatus, 'warning' | 'success' | 'danger' | 'neutral'> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  spam: 'neutral',
};

/** A comment's status, named and coloured. */
export const StatusBadge = ({ status }: { status: CommentStatus }) => {
  const t = useMessages();
  return <Badge variant={VARIANT[status]}>{t(STATUS_LABEL[status])}</Badge>;
};
