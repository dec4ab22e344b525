import type { Core } from '@strapi/strapi';

/** Every admin route needs a logged-in admin; the controller checks read permission on the article itself. */
const admin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * GET /api/newsroom/previews/:token is public: the token is the permission. It answers one draft,
 * or one 404 for everything else.
 */
export const previewContentApiRoutes: Core.RouteInput[] = [
  { method: 'GET', path: '/previews/:token', handler: 'preview.show', config: { auth: false } },
];

/** The edit view's "Share preview" dialog, under /newsroom in the admin API. */
export const previewAdminRoutes: Core.RouteInput[] = [
  { method: 'GET', path: '/previews/settings', handler: 'preview-link.settings', config: admin },
  { method: 'GET', path: '/previews', handler: 'preview-link.list', config: admin },
  { method: 'POST', path: '/previews', handler: 'preview-link.create', config: admin },
  { method: 'DELETE', path: '/previews/:id', handler: 'preview-link.revoke', config: admin },
];
