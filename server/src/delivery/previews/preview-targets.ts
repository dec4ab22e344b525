import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../constants';
import { isLocalized, resolveLocale } from '../../shared/locales';
import type { PreviewTarget } from './preview-links';

/** What an admin user may do, as Strapi's admin puts it on `ctx.state.userAbility`. */
export interface AdminAbility {
  can(action: string, subject?: unknown): boolean;
}

interface PermissionChecker {
  can: { read(entity?: unknown): boolean };
}
interface PermissionCheckerService {
  create(options: { userAbility: AdminAbility; model: string }): PermissionChecker;
}

const READ = 'plugin::content-manager.explorer.read';

/**
 * The article drafts a link may be made for, and who may make one: a user who may read that
 * draft in the Content Manager (its conditions and locales included), the same right the edit view needs.
 */
const createPreviewTargetsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The draft of `documentId` in `locale` (the default locale when none is given), or null. */
  async find(documentId: string, locale: string | null): Promise<{ target: PreviewTarget; entity: Record<string, unknown> } | null> {
    const code = (await resolveLocale(strapi, UID.article, locale ?? undefined)) ?? '';
    const where: Record<string, unknown> = { documentId, publishedAt: { $null: true } };
    if (isLocalized(strapi, UID.article)) where.locale = code;
    // The query engine, not the document service: this lookup is the server's own, for an admin.
    const entity = (await strapi.db.query(UID.article).findOne({ where, populate: { createdBy: { select: ['id'] } } })) as Record<
      string,
      unknown
    > | null;
    return entity ? { target: { documentId, locale: code }, entity } : null;
  },

  /** Whether this ability may read this draft in the Content Manager. */
  canRead(ability: AdminAbility | undefined, entity?: Record<string, unknown>): boolean {
    if (!ability) return false;
    if (!ability.can(READ, UID.article)) return false;
    if (!entity) return true;
    const checker = strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService;
    return checker.create({ userAbility: ability, model: UID.article }).can.read(entity);
  },

  /** The draft, if this ability may read it; a 404 when there is no such draft, a 403 when it may not. */
  async findReadable(ability: AdminAbility | undefined, documentId: string, locale: string | null) {
    if (!this.canRead(ability)) throw new errors.ForbiddenError('You may not read articles');
    const found = await this.find(documentId, locale);
    if (!found) throw new errors.NotFoundError(`No article draft ${documentId}${locale ? ` in ${locale}` : ''}`);
    if (!this.canRead(ability, found.entity)) throw new errors.ForbiddenError('You may not read this article');
    return found.target;
  },
});

export default createPreviewTargetsService;
