import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import type { ScheduleListResponse } from '../../../contracts/schedules';
import { ScheduleTime } from '../components/schedule/ScheduleTime';
import { useSchedulesApi } from '../hooks/useSchedulesApi';
import { useMessages } from '../utils/messages';

const NEXT = 5;

/** The homepage widget: the next scheduled publications, and failures first when there are any. */
export const ScheduleWidget = () => {
  const t = useMessages();
  const api = useSchedulesApi();
  const [next, setNext] = React.useState<ScheduleListResponse | null>(null);
  const [failed, setFailed] = React.useState<ScheduleListResponse | null>(null);
  const [error, setError] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    Promise.all([
      api.list({ status: ['scheduled'], pageSize: NEXT, sort: 'runAt:asc' }),
      api.list({ status: ['failed'], pageSize: 3, sort: 'runAt:desc' }),
    ])
      .then(([upcoming, failures]) => {
        if (!current) return;
        setNext(upcoming);
        setFailed(failures);
      })
      .catch(() => current && setError(true));
    return () => {
      current = false;
    };
  }, [api]);

  if (error) return <Widget.Error />;
  if (!next || !failed) return <Widget.Loading />;
  if (next.data.length === 0 && failed.data.length === 0) return <Widget.NoData>{t('schedule.widget.empty')}</Widget.NoData>;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-newsroom="schedule-widget">
      {failed.meta.pagination.total > 0 && (
        <Typography textColor="danger600" fontWeight="bold">
          {t('schedule.calendar.failures', { count: failed.meta.pagination.total })}
        </Typography>
      )}
      {failed.data.map((entry) => (
        <Box key={entry.id} padding={2} hasRadius background="danger100">
          <Typography fontWeight="semiBold" ellipsis>
            {entry.title ?? entry.documentId}
          </Typography>
          <Typography variant="pi" tag="p" textColor="danger600" ellipsis>
            {entry.lastError}
          </Typography>
        </Box>
      ))}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {next.data.map((entry) => (
          <Box key={entry.id} tag="li" padding={2} hasRadius background="neutral100">
            <Typography fontWeight="semiBold" textColor="neutral800" ellipsis>
              {entry.title ?? entry.documentId}
            </Typography>
            <ScheduleTime runAt={entry.runAt} timezone={entry.timezone} />
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
