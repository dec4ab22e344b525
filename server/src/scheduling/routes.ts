import { ADMIN_ACTIONS } from '../constants';
import { can } from '../shared/admin-route';

/** The publishing calendar's and the edit view's routes, under /newsroom in the admin API. */
export const scheduleAdminRoutes = [
  { method: 'GET', path: '/schedules', handler: 'schedule.list', config: can(ADMIN_ACTIONS.scheduleRead) },
  { method: 'GET', path: '/schedules/settings', handler: 'schedule.settings', config: can(ADMIN_ACTIONS.scheduleRead) },
  { method: 'POST', path: '/schedules', handler: 'schedule.create', config: can(ADMIN_ACTIONS.scheduleManage) },
  { method: 'DELETE', path: '/schedules/:id', handler: 'schedule.cancel', config: can(ADMIN_ACTIONS.scheduleManage) },
  { method: 'POST', path: '/schedules/:id/run', handler: 'schedule.run', config: can(ADMIN_ACTIONS.scheduleManage) },
];

/** RBAC actions, registered with Strapi's admin: they show in Settings › Roles › Plugins. */
export const scheduleAdminActions = [
  { section: 'plugins', displayName: 'Read the publishing schedule', uid: 'schedule.read', pluginName: 'newsroom' },
  { section: 'plugins', displayName: 'Schedule, cancel and run publications', uid: 'schedule.manage', pluginName: 'newsroom' },
];
