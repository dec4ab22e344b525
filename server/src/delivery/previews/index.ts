import previewLink from './admin-controller';
import previewDrafts from './preview-drafts';
import previewLinks from './preview-links';
import previewPanel from './preview-panel';
import previewTargets from './preview-targets';
import preview from './public-controller';
import { previewAdminRoutes, previewContentApiRoutes } from './routes';

/**
 * The previews feature's parts, spread into the plugin's maps (services.ts, controllers.ts, routes.ts).
 * Content-API routes are mounted before the collections' core routes (`/articles/:id` would take
 * a fixed path such as `/articles/search` as an id).
 */
export default {
  services: {
    'preview-drafts': previewDrafts,
    'preview-links': previewLinks,
    'preview-panel': previewPanel,
    'preview-targets': previewTargets,
  },
  controllers: { preview, 'preview-link': previewLink },
  contentApiRoutes: previewContentApiRoutes,
  adminRoutes: previewAdminRoutes,
};
