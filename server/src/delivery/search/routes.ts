import type { Core } from '@strapi/strapi';
import { SEARCH_PATH } from '../../../../contracts/search';
import { PLUGIN_ID, UID } from '../../constants';

type SearchController = { search(ctx: unknown): Promise<void> };

/**
 * `GET /api/newsroom/articles/search`. Granted by the articles' own `find` permission (Users &
 * Permissions roles and API tokens, read-only ones included): a search lists published articles as
 * `find` does. A function handler keeps it out of the permission lists (no action of its own).
 */
export const searchContentApiRoutes = (strapi: Core.Strapi): Core.RouteInput[] => [
  {
    method: 'GET',
    path: SEARCH_PATH,
    handler: (ctx: unknown) => (strapi.plugin(PLUGIN_ID).controller('search') as unknown as SearchController).search(ctx),
    config: { auth: { scope: [`${UID.article}.find`] } },
  } as Core.RouteInput,
];
