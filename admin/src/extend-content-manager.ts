import type { StrapiApp } from '@strapi/strapi/admin';
import { ScheduleBulkAction } from './components/schedule/ScheduleBulkAction';
import { SchedulePanel } from './components/schedule/SchedulePanel';
import { registerPreviews } from './previews/register';

interface ContentManagerApis {
  apis: { addEditViewSidePanel(panels: unknown[]): void; addBulkAction(actions: unknown[]): void };
}

/**
 * The plugin's additions to the Content Manager: the edit view's Schedule panel, the list view's
 * "Schedule publication" bulk action (schedulable types only) and "Share preview" (articles).
 */
export const extendContentManager = (app: StrapiApp): void => {
  const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerApis;
  contentManager.apis.addEditViewSidePanel([SchedulePanel]);
  contentManager.apis.addBulkAction([ScheduleBulkAction]);
  registerPreviews(app);
};
