import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ScheduleAction, ScheduleEntry, ScheduleSettings } from '../../../../contracts/schedules';
import { useSchedulesApi } from '../../hooks/useSchedulesApi';
import { PERMISSIONS } from '../../permissions';
import { serverMessage } from '../../utils/api-error';
import { useMessages } from '../../utils/messages';
import { browserZone, formatInZone, instantOf, tomorrowAt } from '../../utils/zoned-time';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';
import { ScheduleTime } from './ScheduleTime';

interface Props {
  model: string;
  documentId: string;
  locale: string | null;
  settings: ScheduleSettings;
}

const ACTION_LABEL = { publish: 'schedule.action.publish', unpublish: 'schedule.action.unpublish' } as const;

/**
 * The edit view's Schedule panel: this document's waiting entries, and a form to schedule, change
 * (the same action again replaces its entry on the server) or cancel, in the configured zone.
 */
export const SchedulePanelContent = ({ model, documentId, locale, settings }: Props) => {
  const t = useMessages();
  const { locale: language } = useIntl();
  const api = useSchedulesApi();
  const { allowedActions } = useRBAC(PERMISSIONS.scheduleManage);
  const canManage = allowedActions.canManage === true;
  const zone = settings.timezone;
  const [entries, setEntries] = React.useState<ScheduleEntry[] | null>(null);
  const [action, setAction] = React.useState<ScheduleAction>('publish');
  const [when, setWhen] = React.useState(() => tomorrowAt(6, zone));
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    try {
      const answer = await api.list({ contentType: model, documentId, locale, status: ['scheduled', 'running', 'failed'], pageSize: 20 });
      setEntries(answer.data);
    } catch (failure) {
      setError(serverMessage(failure) ?? t('schedule.error.load'));
    }
  }, [api, model, documentId, locale, t]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const act = async (change: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await change();
      await load();
    } catch (failure) {
      setError(serverMessage(failure) ?? t('schedule.error.save'));
    } finally {
      setBusy(false);
    }
  };

  // The chosen time in the editor's own zone, when the browser is elsewhere.
  const local = browserZone();
  const picked = instantOf(when, zone);
  const waiting = entries?.find((e) => e.action === action && e.status === 'scheduled');
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-newsroom="schedule-panel">
      {entries && entries.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {t('schedule.panel.none')}
        </Typography>
      )}
      {(entries ?? []).map((entry) => (
        <Box key={entry.id} padding={2} hasRadius background="neutral100" data-newsroom="schedule-entry">
          <Flex justifyContent="space-between" gap={2}>
            <Typography variant="sigma" textColor="neutral700">
              {t(ACTION_LABEL[entry.action])}
            </Typography>
            <ScheduleStatusBadge status={entry.status} />
          </Flex>
          <ScheduleTime runAt={entry.runAt} timezone={entry.timezone} />
          {entry.lastError && (
            <Typography variant="pi" tag="p" textColor="danger600">
              {entry.lastError}
            </Typography>
          )}
          {canManage && entry.status !== 'running' && (
            <Button variant="tertiary" size="S" disabled={busy} onClick={() => act(() => api.cancel(entry.id))}>
              {t('schedule.cancel')}
            </Button>
          )}
        </Box>
      ))}
      {canManage && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="newsroom-schedule-action">
            <Field.Label>{t('schedule.panel.action')}</Field.Label>
            <SingleSelect value={action} onChange={(value: string | number) => setAction(value === 'unpublish' ? 'unpublish' : 'publish')}>
              <SingleSelectOption value="publish">{t('schedule.action.publish')}</SingleSelectOption>
              <SingleSelectOption value="unpublish">{t('schedule.action.unpublish')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <Field.Root name="newsroom-schedule-when" hint={t('schedule.panel.zone', { zone })}>
            <Field.Label>{t('schedule.panel.when')}</Field.Label>
            <Field.Input type="datetime-local" value={when} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setWhen(event.target.value)} />
            <Field.Hint />
          </Field.Root>
          {picked && local !== zone && (
            <Typography variant="pi" tag="p" textColor="neutral600" data-newsroom="schedule-browser-time">
              {t('schedule.time.browser', { time: formatInZone(picked, local, language), zone: local })}
            </Typography>
          )}
          {error && (
            <Typography variant="pi" tag="p" textColor="danger600" role="alert" data-newsroom="schedule-error">
              {error}
            </Typography>
          )}
          <Button
            fullWidth
            disabled={busy || !when}
            loading={busy}
            onClick={() =>
              act(() => api.schedule({ contentType: model, documentId, locale, action, runAt: when, timezone: zone }))
            }
          >
            {waiting ? t('schedule.panel.change') : t('schedule.panel.submit')}
          </Button>
        </Flex>
      )}
      {!canManage && error && (
        <Typography variant="pi" textColor="danger600">
          {error}
        </Typography>
      )}
    </Flex>
  );
};
