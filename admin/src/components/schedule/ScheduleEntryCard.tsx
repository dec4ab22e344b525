import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import type { ScheduleEntry } from '../../../../contracts/schedules';
import { useMessages } from '../../utils/messages';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';
import { ScheduleTime } from './ScheduleTime';

interface Props {
  entry: ScheduleEntry;
  canManage: boolean;
  busy: boolean;
  onCancel(entry: ScheduleEntry): void;
  onRun(entry: ScheduleEntry): void;
}

/** The document's edit view in the Content Manager (its locale, when the type has i18n). */
const editPath = (entry: ScheduleEntry): string =>
  `/content-manager/collection-types/${entry.contentType}/${entry.documentId}` +
  (entry.locale ? `?plugins[i18n][locale]=${encodeURIComponent(entry.locale)}` : '');

/** One entry on the calendar: what, when, how it went, and what an editor may do with it. */
export const ScheduleEntryCard = ({ entry, canManage, busy, onCancel, onRun }: Props) => {
  const t = useMessages();
  const open = entry.status === 'scheduled' || entry.status === 'failed';
  return (
    <Box padding={3} hasRadius background="neutral0" borderColor="neutral200" data-newsroom="calendar-entry" data-entry-id={entry.id}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={3} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="sigma" textColor="neutral600">
            {t(entry.action === 'publish' ? 'schedule.action.publish' : 'schedule.action.unpublish')}
            {entry.locale ? ` · ${entry.locale}` : ''}
          </Typography>
          <Link to={editPath(entry)} style={{ color: 'inherit' }}>
            <Typography fontWeight="bold" textColor="neutral800">
              {entry.title ?? entry.documentId}
            </Typography>
          </Link>
          <ScheduleTime runAt={entry.runAt} timezone={entry.timezone} />
          {entry.lastError && (
            <Typography variant="pi" tag="p" textColor="danger600" data-newsroom="entry-error">
              {t('schedule.calendar.reason', { reason: entry.lastError, attempts: entry.attempts })}
            </Typography>
          )}
          {entry.retryAt && (
            <Typography variant="pi" tag="p" textColor="neutral600">
              {t('schedule.calendar.retry', { time: new Date(entry.retryAt).toLocaleString() })}
            </Typography>
          )}
        </Flex>
        <Flex direction="column" alignItems="flex-end" gap={2}>
          <ScheduleStatusBadge status={entry.status} />
          {entry.outcome && entry.status !== 'scheduled' && (
            <Typography variant="pi" textColor="neutral600">
              {entry.outcome}
            </Typography>
          )}
          {canManage && open && (
            <Flex gap={2}>
              <Button size="S" variant="secondary" disabled={busy} onClick={() => onRun(entry)}>
                {t('schedule.run')}
              </Button>
              <Button size="S" variant="danger-light" disabled={busy} onClick={() => onCancel(entry)}>
                {t('schedule.cancel')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
