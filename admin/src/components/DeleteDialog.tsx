import { Button, Dialog } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useMessages } from '../utils/messages';

interface DeleteDialogProps {
  /** What is about to be deleted: one comment (its author named) or a selection; null: closed. */
  target: { author: string } | { count: number } | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting: a deleted comment cannot be brought back. */
export const DeleteDialog = ({ target, onConfirm, onClose }: DeleteDialogProps) => {
  const t = useMessages();
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('comments.delete.title')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          {target && 'author' in target
            ? t('comments.delete.body', { author: target.author })
            : t('comments.delete.bulk-body', { count: target?.count ?? 0 })}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('comments.dialog.cancel')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth variant="danger-light" onClick={onConfirm}>
              {t('comments.delete.confirm')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
