import { ADMIN_ACTIONS } from '../constants';
import { can } from '../shared/admin-route';

/** Public routes, under /api/newsroom; each is an action of its own in Users & Permissions. */
export const commentContentApiRoutes = [
  { method: 'POST', path: '/articles/:documentId/comments', handler: 'comment.submit', config: {} },
  { method: 'GET', path: '/articles/:documentId/comments', handler: 'comment.thread', config: {} },
  { method: 'POST', path: '/comments/:id/report', handler: 'comment.report', config: {} },
];

/** The moderation page's routes, under /newsroom in the admin API. */
export const commentAdminRoutes = [
  { method: 'GET', path: '/comments', handler: 'moderation.list', config: can(ADMIN_ACTIONS.commentsRead) },
  { method: 'POST', path: '/comments/moderate', handler: 'moderation.moderate', config: can(ADMIN_ACTIONS.commentsModerate) },
  { method: 'PUT', path: '/comments/:id', handler: 'moderation.update', config: can(ADMIN_ACTIONS.commentsModerate) },
  { method: 'DELETE', path: '/comments/:id', handler: 'moderation.remove', config: can(ADMIN_ACTIONS.commentsModerate) },
  { method: 'POST', path: '/comments/:id/reply', handler: 'moderation.reply', config: can(ADMIN_ACTIONS.commentsModerate) },
  { method: 'GET', path: '/comments/:id/history', handler: 'moderation.history', config: can(ADMIN_ACTIONS.commentsRead) },
];

/** RBAC actions, registered with Strapi's admin: they show in Settings › Roles › Plugins. */
export const commentAdminActions = [
  { section: 'plugins', displayName: 'Read comments', uid: 'comments.read', pluginName: 'newsroom' },
  { section: 'plugins', displayName: 'Moderate comments', uid: 'comments.moderate', pluginName: 'newsroom' },
];
