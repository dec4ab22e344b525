import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { NewsroomConfig } from '../../../../contracts/config';
import {
  PREVIEW_MAX_EXPIRY_HOURS,
  type PreviewLink,
  type PreviewLinkCreated,
  type PreviewPurpose,
  type PreviewSettings,
} from '../../../../contracts/previews';
import { UID } from '../../constants';
import { toLink, type PreviewLinkRow } from './preview-rows';
import { apiPath, shareUrl } from './rules/preview-input';
import { hashTokenId, newTokenId, panelTokenId, panelWindow, signToken, verifyToken } from './rules/preview-token';

/** Who made a link (an admin user), kept on the row for the dialog's list. */
export interface PreviewActor {
  id: number | null;
  name: string | null;
}

export interface PreviewTarget {
  documentId: string;
  /** '' for a type without i18n. */
  locale: string;
}

const HOUR = 3600 * 1000;
/** The Preview panel's links live one to two of these: long enough for an editing session. */
const PANEL_WINDOW = HOUR;
/** Ended links are listed this long after their end, then left out of the dialog. */
const LIST_ENDED_FOR = 7 * 24 * HOUR;

/** Preview links: make, list, revoke, and find the one a token names. */
const createPreviewLinksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.previewLink);
  const config = (): NewsroomConfig['previews'] => strapi.config.get('plugin::newsroom.previews') as NewsroomConfig['previews'];

  const created = (row: PreviewLinkRow, token: string): PreviewLinkCreated => ({
    ...toLink(row),
    token,
    url: shareUrl(config().pageUrl, token),
    apiPath: apiPath(token),
  });

  return {
    config,

    /** Previews are off while no secret is configured: every route answers 404, the admin hides its action. */
    enabled(): boolean {
      return config().secret !== '';
    },

    settings(): PreviewSettings {
      return { enabled: this.enabled(), expiryHours: config().expiryHours, maxExpiryHours: PREVIEW_MAX_EXPIRY_HOURS };
    },

    /** A new link to the draft of `target`, living `hours`; its token is in the answer and nowhere else. */
    async create(target: PreviewTarget, hours: number, actor: PreviewActor, purpose: PreviewPurpose = 'share'): Promise<PreviewLinkCreated> {
      const id = newTokenId();
      const row = (await rows().create({
        data: {
          tokenHash: hashTokenId(id),
          targetDocumentId: target.documentId,
          targetLocale: target.locale,
          purpose,
          expiresAt: new Date(Date.now() + hours * HOUR),
          revokedAt: null,
          authorId: actor.id,
          authorName: actor.name,
        },
      })) as PreviewLinkRow;
      return created(row, signToken(id, config().secret));
    },

    /**
     * The Preview panel's link for this user, document and locale: the same one within a window
     * (the panel asks on every visit of the edit view), a fresh random one if that was revoked.
     */
    async forPanel(target: PreviewTarget, actor: PreviewActor & { id: number }): Promise<PreviewLinkCreated> {
      const { secret } = config();
      const window = panelWindow(Date.now(), PANEL_WINDOW);
      const id = panelTokenId(secret, { userId: actor.id, documentId: target.documentId, locale: target.locale, windowStart: window.start });
      const tokenHash = hashTokenId(id);
      const existing = (await rows().findOne({ where: { tokenHash } })) as PreviewLinkRow | null;
      if (existing?.revokedAt) return this.create(target, 1, actor, 'panel');
      if (existing) return created(existing, signToken(id, secret));
      try {
        const row = (await rows().create({
          data: {
            tokenHash,
            targetDocumentId: target.documentId,
            targetLocale: target.locale,
            purpose: 'panel',
            expiresAt: new Date(window.expiresAt),
            revokedAt: null,
            authorId: actor.id,
            authorName: actor.name,
          },
        })) as PreviewLinkRow;
        return created(row, signToken(id, secret));
      } catch (error) {
        // Two panel requests at once: the other one stored the row (the hash is unique).
        const raced = (await rows().findOne({ where: { tokenHash } })) as PreviewLinkRow | null;
        if (!raced) throw error;
        return created(raced, signToken(id, secret));
      }
    },

    /** One document's links (one locale), newest first: active ones, and ended ones for a week. */
    async list(target: PreviewTarget): Promise<PreviewLink[]> {
      const since = new Date(Date.now() - LIST_ENDED_FOR);
      const list = (await rows().findMany({
        where: {
          targetDocumentId: target.documentId,
          targetLocale: target.locale,
          expiresAt: { $gt: since },
          $or: [{ revokedAt: { $null: true } }, { revokedAt: { $gt: since } }],
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 100,
      })) as PreviewLinkRow[];
      const now = Date.now();
      return list.map((row) => toLink(row, now));
    },

    async findRow(id: number): Promise<PreviewLinkRow> {
      const row = (await rows().findOne({ where: { id } })) as PreviewLinkRow | null;
      if (!row) throw new errors.NotFoundError(`No preview link ${id}`);
      return row;
    },

    /** Revokes a link for good (revoking twice keeps the first time). */
    async revoke(id: number): Promise<PreviewLink> {
      const row = await this.findRow(id);
      if (row.revokedAt) return toLink(row);
      await rows().update({ where: { id, revokedAt: { $null: true } }, data: { revokedAt: new Date() } });
      return toLink(await this.findRow(id));
    },

    /**
     * The link a token names, if it answers now: signed with the configured secret, known, not
     * revoked, not expired. Null for every other case alike (the caller answers one 404).
     */
    async resolve(token: unknown): Promise<PreviewLinkRow | null> {
      const { secret } = config();
      const id = verifyToken(token, secret);
      if (!id) return null;
      const row = (await rows().findOne({ where: { tokenHash: hashTokenId(id) } })) as PreviewLinkRow | null;
      if (!row || row.revokedAt || new Date(row.expiresAt).getTime() <= Date.now()) return null;
      return row;
    },
  };
};

export default createPreviewLinksService;
