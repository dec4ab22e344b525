import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useRBAC } from '@strapi/strapi/admin';
import { useLocation } from 'react-router-dom';
import { useScheduleSettings } from '../../hooks/useSchedulesApi';
import { PERMISSIONS } from '../../permissions';
import { useMessages } from '../../utils/messages';
import { SchedulePanelContent } from './SchedulePanelContent';

/** The locale the edit view shows: the document's, else the Content Manager's `plugins[i18n][locale]`. */
const useLocale = (documentLocale: unknown): string | null => {
  const { search } = useLocation();
  if (typeof documentLocale === 'string' && documentLocale) return documentLocale;
  return new URLSearchParams(search).get('plugins[i18n][locale]');
};

/**
 * "Schedule" in the Content Manager's edit view, for the types the server schedules and users
 * with `schedule.read`; nothing while a document is being created (it has no id yet).
 */
export const SchedulePanel: PanelComponent = ({ model, documentId, document }) => {
  const t = useMessages();
  const settings = useScheduleSettings();
  const { allowedActions } = useRBAC(PERMISSIONS.scheduleRead);
  const locale = useLocale(document?.locale);
  if (!documentId || !settings || !settings.contentTypes.includes(model) || allowedActions.canRead !== true) return null;
  const localized = typeof document?.locale === 'string' || locale !== null;
  return {
    title: t('schedule.panel.title'),
    content: <SchedulePanelContent model={model} documentId={documentId} locale={localized ? locale : null} settings={settings} />,
  };
};
SchedulePanel.displayName = 'NewsroomSchedulePanel';
