import * as React from 'react';
import { Button, Modal } from '@strapi/design-system';
import type { ModerationComment } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { ContentField } from './ContentField';

interface EditDialogProps {
  comment: ModerationComment | null;
  /** Saves the text; rejects (the page has said why) to keep the dialog open. */
  onSave: (comment: ModerationComment, content: string) => Promise<void>;
  onClose: () => void;
}

/** Edits a comment's text (a moderator's fix: a typo, a phone number to remove). */
export const EditDialog = ({ comment, onSave, onClose }: EditDialogProps) => {
  const t = useMessages();
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    setText(comment?.content ?? '');
    setError(undefined);
  }, [comment]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!comment) return;
    if (!text.trim()) {
      setError(t('comments.dialog.required'));
      return;
    }
    setSaving(true);
    try {
      await onSave(comment, text);
      onClose();
    } catch {
      // The page showed the server's answer; the text stays for another try.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={comment !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header closeLabel={t('comments.dialog.close')}>
            <Modal.Title>{t('comments.edit.title', { author: comment?.authorName ?? '' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <ContentField
              label={t('comments.edit.label')}
              hint={t('comments.edit.hint')}
              error={error}
              value={text}
              onChange={(value) => {
                setText(value);
                setError(undefined);
              }}
            />
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('comments.dialog.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {t('comments.dialog.save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
