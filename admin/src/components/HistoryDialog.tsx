import * as React from 'react';
import { Box, Button, Loader, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CommentActor, CommentEvent, ModerationComment } from '../../../contracts/comments';
import { useCommentsApi } from '../hooks/useCommentsApi';
import { useMessages, type MessageKey } from '../utils/messages';
import { STATUS_LABEL } from '../utils/status-labels';

const ACTOR: Record<CommentActor['type'], MessageKey> = {
  reader: 'comments.actor.reader',
  admin: 'comments.actor.admin',
  rule: 'comments.actor.rule',
  report: 'comments.actor.report',
};

interface HistoryDialogProps {
  comment: ModerationComment | null;
  onClose: () => void;
}

/** A comment's moderation history: who, when, from which status to which, and why. */
export const HistoryDialog = ({ comment, onClose }: HistoryDialogProps) => {
  const t = useMessages();
  const { formatDate } = useIntl();
  const api = useCommentsApi();
  const [events, setEvents] = React.useState<CommentEvent[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  const id = comment?.id;

  React.useEffect(() => {
    setEvents(null);
    setFailed(false);
    if (id === undefined) return;
    let current = true;
    api
      .history(id)
      .then((list) => current && setEvents(list))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [api, id]);

  const who = (actor: CommentActor) =>
    actor.name ? t('comments.actor.named', { name: actor.name, type: t(ACTOR[actor.type]) }) : t(ACTOR[actor.type]);

  return (
    <Modal.Root open={comment !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('comments.dialog.close')}>
          <Modal.Title>{t('comments.history.title', { author: comment?.authorName ?? '' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {failed ? (
            <Typography textColor="danger600">{t('comments.history.error')}</Typography>
          ) : events === null ? (
            <Box padding={4}>
              <Loader small>{t('comments.history.loading')}</Loader>
            </Box>
          ) : events.length === 0 ? (
            <Typography textColor="neutral600">{t('comments.history.empty')}</Typography>
          ) : (
            <Table colCount={4} rowCount={events.length + 1}>
              <caption>
                <VisuallyHidden>{t('comments.history.caption')}</VisuallyHidden>
              </caption>
              <Thead>
                <Tr>
                  {(['comments.history.who', 'comments.history.when', 'comments.history.change', 'comments.history.reason'] as const).map((key) => (
                    <Th key={key}>
                      <Typography variant="sigma" textColor="neutral600">
                        {t(key)}
                      </Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {events.map((event) => (
                  <Tr key={event.id}>
                    <Td>
                      <Typography textColor="neutral800">{who(event.actor)}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600">
                        <time dateTime={event.at}>
                          {formatDate(event.at, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                        </time>
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {`${event.from ? t(STATUS_LABEL[event.from]) : t('comments.history.new')} → ${t(STATUS_LABEL[event.to])}`}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600" style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                        {event.reason ?? '–'}
                      </Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('comments.dialog.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
