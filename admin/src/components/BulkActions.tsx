import { Button, Flex, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { CommentStatus } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { STATUS_ACTIONS } from '../utils/moderation-actions';

interface BulkActionsProps {
  count: number;
  busy: boolean;
  onMove: (to: CommentStatus) => void;
  onDelete: () => void;
}

/** What moderators can do to the checked comments at once: approve, reject, mark as spam, delete. */
export const BulkActions = ({ count, busy, onMove, onDelete }: BulkActionsProps) => {
  const t = useMessages();
  return (
    <Flex
      role="group"
      aria-label={t('comments.bulk.label')}
      gap={2}
      padding={3}
      background="primary100"
      borderColor="primary200"
      hasRadius
      wrap="wrap"
    >
      <Typography variant="omega" fontWeight="semiBold" textColor="primary700">
        {t('comments.bulk.selected', { count })}
      </Typography>
      {STATUS_ACTIONS.filter(({ action }) => action !== 'restore').map(({ action, to, label }) => (
        <Button key={action} size="S" variant="secondary" disabled={busy} onClick={() => onMove(to)}>
          {t(label)}
        </Button>
      ))}
      <Button size="S" variant="danger-light" startIcon={<Trash />} disabled={busy} onClick={onDelete}>
        {t('comments.actions.delete')}
      </Button>
    </Flex>
  );
};
