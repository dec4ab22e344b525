import { Flex, IconButton } from '@strapi/design-system';
import { ArrowClockwise, Check, ClockCounterClockwise, Cross, Message, Pencil, Shield, Trash } from '@strapi/icons';
import type * as React from 'react';
import type { CommentStatus, ModerationComment } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { STATUS_ACTIONS, type StatusAction } from '../utils/moderation-actions';

const ICON: Record<StatusAction, React.ReactNode> = {
  approve: <Check />,
  reject: <Cross />,
  spam: <Shield />,
  restore: <ArrowClockwise />,
};

export interface RowActionsProps {
  comment: ModerationComment;
  canModerate: boolean;
  busy: boolean;
  onMove: (comment: ModerationComment, to: CommentStatus) => void;
  onEdit: (comment: ModerationComment) => void;
  onReply: (comment: ModerationComment) => void;
  onHistory: (comment: ModerationComment) => void;
  onDelete: (comment: ModerationComment) => void;
}

/** A row's actions: the moves to other statuses, edit, reply and delete (moderators only), history. */
export const RowActions = ({ comment, canModerate, busy, onMove, onEdit, onReply, onHistory, onDelete }: RowActionsProps) => {
  const t = useMessages();
  return (
    <Flex gap={1} wrap="nowrap" onClick={(event: React.MouseEvent) => event.stopPropagation()}>
      {canModerate &&
        STATUS_ACTIONS.filter(({ to }) => to !== comment.status).map(({ action, to, label }) => (
          <IconButton key={action} label={t(label)} variant="ghost" disabled={busy} onClick={() => onMove(comment, to)}>
            {ICON[action]}
          </IconButton>
        ))}
      {canModerate && (
        <IconButton label={t('comments.actions.edit')} variant="ghost" disabled={busy} onClick={() => onEdit(comment)}>
          <Pencil />
        </IconButton>
      )}
      {canModerate && (
        <IconButton label={t('comments.actions.reply')} variant="ghost" disabled={busy} onClick={() => onReply(comment)}>
          <Message />
        </IconButton>
      )}
      <IconButton label={t('comments.actions.history')} variant="ghost" onClick={() => onHistory(comment)}>
        <ClockCounterClockwise />
      </IconButton>
      {canModerate && (
        <IconButton label={t('comments.actions.delete')} variant="ghost" disabled={busy} onClick={() => onDelete(comment)}>
          <Trash />
        </IconButton>
      )}
    </Flex>
  );
};
