import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { getService } from '../../get-service';
import type { AdminAbility } from './preview-targets';

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
}

export const nameOf = (user: AdminUser): string | null =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || null;

/**
 * For Strapi's Preview panel (config/admin.ts `preview.config.handler`): the URL of a short-lived
 * link to an article draft, for the admin user asking. Strapi calls the handler with no request
 * and checks no permission on the document (only that an admin is logged in), so this reads the
 * request's user from Strapi's request context and answers null unless that user may read the draft.
 */
const createPreviewPanelService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async url(uid: string, { documentId, locale, status }: { documentId?: string; locale?: string | null; status?: string | null }): Promise<string | null> {
    const links = getService(strapi, 'preview-links');
    if (uid !== UID.article || !documentId || status === 'published' || !links.enabled()) return null;
    const ctx = strapi.requestContext.get();
    const user = ctx?.state?.user as AdminUser | undefined;
    const ability = ctx?.state?.userAbility as AdminAbility | undefined;
    if (!ctx || !user?.id) return null;
    const targets = getService(strapi, 'preview-targets');
    const found = await targets.find(documentId, locale ?? null);
    if (!found || !targets.canRead(ability, found.entity)) return null;
    const link = await links.forPanel(found.target, { id: user.id, name: nameOf(user) });
    return new URL(link.url, ctx.origin).toString();
  },
});

export default createPreviewPanelService;
