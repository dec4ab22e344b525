import type { Core } from '@strapi/strapi';

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
}

/**
 * Who may read article drafts. In Strapi 5 any role with `find` can ask for `status=draft`;
 * for a newsroom that would expose embargoed and scheduled stories, so the content API serves
 * drafts to API tokens only (read-only tokens when configured). Admin and server code are trusted.
 */
const createDraftAccessService = ({ strapi }: { strapi: Core.Strapi }) => ({
  canReadDrafts(): boolean {
    const ctx = strapi.requestContext.get();
    if (!ctx) return true; // seeds, scripts, scheduled jobs
    const auth = ctx.state?.auth as AuthState | undefined;
    const strategy = auth?.strategy?.name;
    if (strategy === 'admin' || strategy === 'admin-token') return true;
    if (strategy === 'content-api-token' || strategy === 'api-token') {
      if (auth?.credentials?.type !== 'read-only') return true;
      return strapi.config.get<boolean>('plugin::newsroom.drafts.readOnlyTokens', false);
    }
    const routeType = (ctx.state?.route as { info?: { type?: string } } | undefined)?.info?.type;
    return routeType !== 'content-api' && auth === undefined;
  },
});

export default createDraftAccessService;
