import type { BulkActionComponent } from '@strapi/content-manager/strapi-admin';
import { useRBAC } from '@strapi/strapi/admin';
import { useScheduleSettings } from '../../hooks/useSchedulesApi';
import { PERMISSIONS } from '../../permissions';
import { useMessages } from '../../utils/messages';
import { BulkScheduleForm, type BulkTarget } from './BulkScheduleForm';

const titleOf = (document: Record<string, unknown>): string => {
  for (const field of ['title', 'name']) if (typeof document[field] === 'string') return document[field] as string;
  return String(document.documentId);
};

/** "Schedule publication" for the drafts selected in a schedulable type's list view. */
export const ScheduleBulkAction: BulkActionComponent = ({ model, documents }) => {
  const t = useMessages();
  const settings = useScheduleSettings();
  const { allowedActions } = useRBAC(PERMISSIONS.scheduleManage);
  if (!settings || !settings.contentTypes.includes(model) || allowedActions.canManage !== true) return null;
  const targets: BulkTarget[] = documents.map((document) => ({
    documentId: String(document.documentId),
    locale: typeof document.locale === 'string' ? document.locale : null,
    title: titleOf(document as Record<string, unknown>),
  }));
  return {
    label: t('schedule.bulk.label'),
    variant: 'tertiary',
    dialog: {
      type: 'modal',
      title: t('schedule.bulk.title'),
      content: ({ onClose }: { onClose: () => void }) => (
        <BulkScheduleForm model={model} targets={targets} zone={settings.timezone} onClose={onClose} />
      ),
    },
  };
};
ScheduleBulkAction.displayName = 'NewsroomScheduleBulkAction';
