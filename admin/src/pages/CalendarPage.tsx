import * as React from 'react';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Tabs, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ScheduleEntry, ScheduleListResponse, ScheduleStatus } from '../../../contracts/schedules';
import { MonthGrid } from '../components/schedule/MonthGrid';
import { ScheduleEntryCard } from '../components/schedule/ScheduleEntryCard';
import { useScheduleSettings, useSchedulesApi, type ScheduleQuery } from '../hooks/useSchedulesApi';
import { PERMISSIONS } from '../permissions';
import { serverMessage } from '../utils/api-error';
import { useMessages, type MessageKey } from '../utils/messages';
import { dayKey, wallClock } from '../utils/zoned-time';

const FILTERS: Array<{ value: string; label: MessageKey; statuses: ScheduleStatus[] }> = [
  { value: 'upcoming', label: 'schedule.filter.upcoming', statuses: ['scheduled', 'running', 'failed'] },
  { value: 'scheduled', label: 'schedule.status.scheduled', statuses: ['scheduled'] },
  { value: 'failed', label: 'schedule.status.failed', statuses: ['failed'] },
  { value: 'done', label: 'schedule.status.done', statuses: ['done'] },
  { value: 'cancelled', label: 'schedule.status.cancelled', statuses: ['cancelled'] },
  { value: 'all', label: 'schedule.filter.all', statuses: [] },
];

const nextMonth = (month: string, step: number): string => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + step, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The publishing calendar: entries by day (agenda) or by month, in the configured zone, with their
 * status and failures; cancel and run-now for users with `schedule.manage`.
 */
export const CalendarPage = () => {
  const t = useMessages();
  const { locale } = useIntl();
  const api = useSchedulesApi();
  const settings = useScheduleSettings();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(PERMISSIONS.scheduleManage);
  const canManage = allowedActions.canManage === true;
  const zone = settings?.timezone ?? 'Asia/Ho_Chi_Minh';
  const [view, setView] = React.useState<'agenda' | 'month'>('agenda');
  const [filter, setFilter] = React.useState('upcoming');
  const [contentType, setContentType] = React.useState('');
  const [month, setMonth] = React.useState(() => wallClock(new Date(), zone).slice(0, 7));
  const [data, setData] = React.useState<ScheduleListResponse | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    const statuses = FILTERS.find((f) => f.value === filter)?.statuses ?? [];
    const query: ScheduleQuery = { status: statuses, contentType: contentType || undefined, pageSize: 500 };
    if (view === 'month') Object.assign(query, { from: `${month}-01T00:00`, to: `${nextMonth(month, 1)}-01T00:00` });
    else if (filter === 'done' || filter === 'cancelled' || filter === 'all') query.sort = 'runAt:desc';
    try {
      setData(await api.list(query));
      setError(null);
    } catch (failure) {
      setError(serverMessage(failure) ?? t('schedule.error.load'));
    }
  }, [api, filter, contentType, view, month, t]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const act = async (change: () => Promise<ScheduleEntry>, done: MessageKey) => {
    setBusy(true);
    try {
      const entry = await change();
      toggleNotification({ type: entry.status === 'failed' ? 'warning' : 'success', message: t(done, { title: entry.title ?? entry.documentId }) });
    } catch (failure) {
      toggleNotification({ type: 'danger', message: serverMessage(failure) ?? t('schedule.error.save') });
    } finally {
      setBusy(false);
      await load();
    }
  };

  const entries = data?.data ?? [];
  const days = new Map<string, ScheduleEntry[]>();
  for (const entry of entries) {
    const key = dayKey(new Date(entry.runAt), zone);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  const dayTitle = (key: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${key}T12:00:00Z`));

  return (
    <Page.Main>
      <Page.Title>{t('schedule.calendar.title')}</Page.Title>
      <Layouts.Header title={t('schedule.calendar.title')} subtitle={t('schedule.calendar.subtitle', { zone })} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="16rem">
              <SingleSelect aria-label={t('schedule.filter.status')} value={filter} onChange={(value: string | number) => setFilter(String(value))}>
                {FILTERS.map((f) => (
                  <SingleSelectOption key={f.value} value={f.value}>
                    {t(f.label)}
                    {data && f.statuses.length === 1 ? ` (${data.meta.counts[f.statuses[0]]})` : ''}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Box minWidth="16rem">
              <SingleSelect aria-label={t('schedule.filter.type')} value={contentType || 'any'} onChange={(value: string | number) => setContentType(value === 'any' ? '' : String(value))}>
                <SingleSelectOption value="any">{t('schedule.filter.anyType')}</SingleSelectOption>
                {(settings?.contentTypes ?? []).map((uid) => (
                  <SingleSelectOption key={uid} value={uid}>
                    {uid}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            {data && data.meta.counts.failed > 0 && (
              <Typography textColor="danger600" fontWeight="bold" data-newsroom="failed-count">
                {t('schedule.calendar.failures', { count: data.meta.counts.failed })}
              </Typography>
            )}
          </Flex>
          <Tabs.Root value={view} onValueChange={(value: string) => setView(value === 'month' ? 'month' : 'agenda')}>
            <Tabs.List aria-label={t('schedule.calendar.title')}>
              <Tabs.Trigger value="agenda">{t('schedule.view.agenda')}</Tabs.Trigger>
              <Tabs.Trigger value="month">{t('schedule.view.month')}</Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="agenda">
              <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
                {entries.length === 0 && data && <Typography textColor="neutral600">{t('schedule.calendar.empty')}</Typography>}
                {[...days.entries()].map(([key, list]) => (
                  <Flex key={key} direction="column" alignItems="stretch" gap={2} data-newsroom="agenda-day">
                    <Typography variant="delta" tag="h2">
                      {dayTitle(key)}
                    </Typography>
                    {list.map((entry) => (
                      <ScheduleEntryCard
                        key={entry.id}
                        entry={entry}
                        canManage={canManage}
                        busy={busy}
                        onCancel={(e) => act(() => api.cancel(e.id), 'schedule.notify.cancelled')}
                        onRun={(e) => act(() => api.run(e.id), 'schedule.notify.ran')}
                      />
                    ))}
                  </Flex>
                ))}
              </Flex>
            </Tabs.Content>
            <Tabs.Content value="month">
              <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
                <Flex gap={2} alignItems="center">
                  <Button variant="tertiary" onClick={() => setMonth(nextMonth(month, -1))}>
                    ‹
                  </Button>
                  <Typography variant="delta" tag="h2">
                    {new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`))}
                  </Typography>
                  <Button variant="tertiary" onClick={() => setMonth(nextMonth(month, 1))}>
                    ›
                  </Button>
                </Flex>
                <MonthGrid month={month} zone={zone} entries={entries} />
              </Flex>
            </Tabs.Content>
          </Tabs.Root>
          {error && <Typography textColor="danger600">{error}</Typography>}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
