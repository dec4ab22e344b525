import { Badge } from '@strapi/design-system';
import type { ScheduleStatus } from '../../../../contracts/schedules';
import { useMessages, type MessageKey } from '../../utils/messages';

const VARIANT: Record<ScheduleStatus, 'secondary' | 'warning' | 'success' | 'danger' | 'neutral'> = {
  scheduled: 'secondary',
  running: 'warning',
  done: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

export const SCHEDULE_STATUS_LABEL: Record<ScheduleStatus, MessageKey> = {
  scheduled: 'schedule.status.scheduled',
  running: 'schedule.status.running',
  done: 'schedule.status.done',
  failed: 'schedule.status.failed',
  cancelled: 'schedule.status.cancelled',
};

/** An entry's status, named and coloured. */
export const ScheduleStatusBadge = ({ status }: { status: ScheduleStatus }) => {
  const t = useMessages();
  return <Badge variant={VARIANT[status]}>{t(SCHEDULE_STATUS_LABEL[status])}</Badge>;
};
