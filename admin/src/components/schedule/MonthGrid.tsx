import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ScheduleEntry } from '../../../../contracts/schedules';
import { dayKey } from '../../utils/zoned-time';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';

interface Props {
  /** `YYYY-MM`, in the calendar's zone. */
  month: string;
  zone: string;
  entries: ScheduleEntry[];
}

/** The month as a grid of days (Monday first), each with its entries' time and title. */
export const MonthGrid = ({ month, zone, entries }: Props) => {
  const { locale } = useIntl();
  const [year, monthIndex] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, monthIndex - 1, 1)).getUTCDay() + 6) % 7;
  const byDay = new Map<string, ScheduleEntry[]>();
  for (const entry of entries) {
    const key = dayKey(new Date(entry.runAt), zone);
    byDay.set(key, [...(byDay.get(key) ?? []), entry]);
  }
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return (
    <Grid.Root gap={1} gridCols={7} data-newsroom="month-grid">
      {Array.from({ length: 7 }, (_, i) => (
        <Grid.Item key={`h${i}`} col={1} direction="column">
          <Typography variant="sigma" textColor="neutral600">
            {weekday.format(new Date(Date.UTC(2024, 0, 1 + i)))}
          </Typography>
        </Grid.Item>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <Grid.Item key={`l${i}`} col={1} direction="column" />
      ))}
      {Array.from({ length: days }, (_, i) => {
        const key = `${month}-${String(i + 1).padStart(2, '0')}`;
        const list = byDay.get(key) ?? [];
        return (
          <Grid.Item key={key} col={1} direction="column" alignItems="stretch">
            <Box padding={2} hasRadius background={list.length > 0 ? 'primary100' : 'neutral100'} minHeight="6rem" width="100%">
              <Typography variant="pi" fontWeight="bold">
                {i + 1}
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={1}>
                {list.map((entry) => (
                  <Box key={entry.id} data-newsroom="month-entry">
                    <Typography variant="pi" tag="p" ellipsis>
                      {time.format(new Date(entry.runAt))} {entry.title ?? entry.documentId}
                    </Typography>
                    {entry.status !== 'scheduled' && <ScheduleStatusBadge status={entry.status} />}
                  </Box>
                ))}
              </Flex>
            </Box>
          </Grid.Item>
        );
      })}
    </Grid.Root>
  );
};
