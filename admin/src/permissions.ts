import type { Permission } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../contracts/plugin';

/**
 * A permission to check, as Strapi's own plugins declare theirs: an action without a subject.
 * The admin's Permission type also carries the stored row's id and dates, which a check ignores.
 */
const action = (uid: string): Permission =>
  ({ action: `plugin::${PLUGIN_ID}.${uid}`, subject: null, actionParameters: {}, properties: {}, conditions: [] }) as unknown as Permission;

/** The RBAC actions the server registers (Settings › Roles › Plugins › Newsroom). */
export const PERMISSIONS = {
  /** Open the Comments page and see the homepage widget. */
  read: [action('comments.read')],
  /** Approve, reject, mark as spam, restore, edit, reply, delete. */
  moderate: [action('comments.moderate')],
  /** See the publishing calendar, the edit view's Schedule panel and the homepage widget. */
  scheduleRead: [action('schedule.read')],
  /** Schedule, change, cancel and run entries (the server also wants the type's publish permission). */
  scheduleManage: [action('schedule.manage')],
};
