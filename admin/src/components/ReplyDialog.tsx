import * as React from 'react';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import type { ModerationComment } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { ContentField } from './ContentField';

interface ReplyDialogProps {
  comment: ModerationComment | null;
  /** Publishes the reply; rejects (the page has said why) to keep the dialog open. */
  onSend: (comment: ModerationComment, content: string) => Promise<void>;
  onClose: () => void;
}

/** The newsroom's answer under a reader's comment: published at once, marked as staff. */
export const ReplyDialog = ({ comment, onSend, onClose }: ReplyDialogProps) => {
  const t = useMessages();
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [sending, setSending] = React.useState(false);

  React.useEffect(() => {
    setText('');
    setError(undefined);
  }, [comment]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!comment) return;
    if (!text.trim()) {
      setError(t('comments.dialog.required'));
      return;
    }
    setSending(true);
    try {
      await onSend(comment, text);
      onClose();
    } catch {
      // The page showed the server's answer; the text stays for another try.
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal.Root open={comment !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header closeLabel={t('comments.dialog.close')}>
            <Modal.Title>{t('comments.reply.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Box padding={4} background="neutral100" hasRadius>
                <Typography variant="pi" fontWeight="semiBold" textColor="neutral600" tag="p">
                  {t('comments.reply.original', { author: comment?.authorName ?? '' })}
                </Typography>
                <Typography tag="p" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {comment?.content}
                </Typography>
              </Box>
              <ContentField
                label={t('comments.reply.label')}
                hint={t('comments.reply.hint')}
                error={error}
                value={text}
                onChange={(value) => {
                  setText(value);
                  setError(undefined);
                }}
              />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('comments.dialog.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={sending}>
              {t('comments.reply.send')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
