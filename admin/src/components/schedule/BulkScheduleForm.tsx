import * as React from 'react';
import { Button, Field, Flex, Modal, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useSchedulesApi } from '../../hooks/useSchedulesApi';
import { serverMessage } from '../../utils/api-error';
import { useMessages } from '../../utils/messages';
import { tomorrowAt } from '../../utils/zoned-time';

export interface BulkTarget {
  documentId: string;
  locale: string | null;
  title: string;
}

interface Props {
  model: string;
  targets: BulkTarget[];
  zone: string;
  onClose: () => void;
}

/** One time for every selected draft: one request each, and each refusal named with its reason. */
export const BulkScheduleForm = ({ model, targets, zone, onClose }: Props) => {
  const t = useMessages();
  const api = useSchedulesApi();
  const { toggleNotification } = useNotification();
  const [when, setWhen] = React.useState(() => tomorrowAt(6, zone));
  const [busy, setBusy] = React.useState(false);
  const [failures, setFailures] = React.useState<Array<{ title: string; reason: string }>>([]);

  const submit = async () => {
    setBusy(true);
    const failed: Array<{ title: string; reason: string }> = [];
    for (const target of targets) {
      try {
        await api.schedule({ contentType: model, documentId: target.documentId, locale: target.locale, action: 'publish', runAt: when, timezone: zone });
      } catch (error) {
        failed.push({ title: target.title, reason: serverMessage(error) ?? t('schedule.error.save') });
      }
    }
    setBusy(false);
    setFailures(failed);
    const done = targets.length - failed.length;
    if (done > 0) toggleNotification({ type: 'success', message: t('schedule.bulk.done', { count: done }) });
    if (failed.length === 0) onClose();
  };

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography>{t('schedule.bulk.intro', { count: targets.length })}</Typography>
          <Field.Root name="newsroom-bulk-when" hint={t('schedule.panel.zone', { zone })}>
            <Field.Label>{t('schedule.panel.when')}</Field.Label>
            <Field.Input type="datetime-local" value={when} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setWhen(event.target.value)} />
            <Field.Hint />
          </Field.Root>
          {failures.map((failure) => (
            <Typography key={failure.title} variant="pi" tag="p" textColor="danger600" data-newsroom="bulk-failure">
              {failure.title}: {failure.reason}
            </Typography>
          ))}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {t('schedule.close')}
        </Button>
        <Button disabled={busy || !when} loading={busy} onClick={submit}>
          {t('schedule.bulk.submit')}
        </Button>
      </Modal.Footer>
    </>
  );
};
