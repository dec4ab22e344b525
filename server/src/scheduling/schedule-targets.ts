import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { isLocalized, resolveLocale } from '../shared/locales';

type ContentTypeUID = StrapiUID.ContentType;

interface ValidationDetails {
  errors?: Array<{ path?: string[]; message?: string }>;
}

/** The populate the Content Manager builds for a whole document (as Releases use to validate). */
interface PopulateBuilder {
  (uid: string): { populateDeep(level: number): { build(): Promise<unknown> } };
}

/**
 * What scheduling may act on: articles and the Draft & Publish types listed in
 * `scheduling.contentTypes`, their documents and locales, and whether a draft could be published.
 */
const createScheduleTargetsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const configured = (): string[] => strapi.config.get<string[]>('plugin::newsroom.scheduling.contentTypes', []);
  const query = (uid: string) => strapi.db.query(uid as ContentTypeUID);

  return {
    uids(): string[] {
      return [UID.article, ...configured().filter((uid) => uid !== UID.article)];
    },

    /** Bootstrap: every configured type exists and has Draft & Publish, or Strapi does not start. */
    verifyConfig(): void {
      for (const uid of configured()) {
        const model = strapi.contentTypes[uid as ContentTypeUID];
        if (!model) throw new Error(`[newsroom] config.scheduling.contentTypes: no content type "${uid}"`);
        if (!(model.options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish) {
          throw new Error(`[newsroom] config.scheduling.contentTypes: "${uid}" has no Draft & Publish`);
        }
      }
    },

    assertSchedulable(uid: string): void {
      if (!this.uids().includes(uid)) throw new errors.ValidationError(`Content type "${uid}" cannot be scheduled`);
    },

    /** The locale an entry is for: the named or default one; '' for a type without i18n. */
    async localeFor(uid: string, locale: string | null): Promise<string> {
      if (!isLocalized(strapi, uid)) {
        if (locale) throw new errors.ValidationError(`Content type "${uid}" is not localized: send no locale`);
        return '';
      }
      return (await resolveLocale(strapi, uid, locale ?? undefined)) ?? '';
    },

    where(uid: string, documentId: string, locale: string): Record<string, unknown> {
      return isLocalized(strapi, uid) ? { documentId, locale } : { documentId };
    },

    /** 404 unless the document has a version in that locale. */
    async assertExists(uid: string, documentId: string, locale: string): Promise<void> {
      if (!(await this.exists(uid, documentId, locale))) {
        const where = locale ? ` in locale "${locale}"` : '';
        throw new errors.NotFoundError(`No document "${documentId}"${where} of ${uid}`);
      }
    },

    async exists(uid: string, documentId: string, locale: string): Promise<boolean> {
      return (await query(uid).count({ where: this.where(uid, documentId, locale) })) > 0;
    },

    /** When the published version was published, or null when there is none. */
    async publishedAt(uid: string, documentId: string, locale: string): Promise<Date | null> {
      const row = await query(uid).findOne({
        where: { ...this.where(uid, documentId, locale), publishedAt: { $notNull: true } },
        select: ['id', 'publishedAt'],
      });
      return row?.publishedAt ? new Date(row.publishedAt as string) : null;
    },

    /**
     * 400 naming the problem when the draft could not be published now: the validation Strapi's
     * publish runs (required fields, lengths, relations), read as Releases read it.
     */
    async assertPublishable(uid: string, documentId: string, locale: string): Promise<void> {
      const builder = strapi.plugin('content-manager').service('populate-builder') as unknown as PopulateBuilder;
      const populate = await builder(uid).populateDeep(Infinity).build();
      const draft = await query(uid).findOne({
        where: { ...this.where(uid, documentId, locale), publishedAt: null },
        populate: populate as Record<string, unknown>,
      });
      if (!draft) throw new errors.NotFoundError(`Document "${documentId}" has no draft to publish`);
      const strictRelations = strapi.config.get('api.documents.strictRelations', undefined) === true;
      const model = strapi.getModel(uid as ContentTypeUID);
      const validator = strapi.entityValidator as unknown as {
        validateEntityCreation(model: unknown, data: unknown, options: unknown, entity: unknown): Promise<unknown>;
      };
      try {
        await validator.validateEntityCreation(model, draft, { isDraft: false, locale: draft.locale, strictRelations }, draft);
      } catch (error) {
        if (!(error instanceof errors.ValidationError)) throw error;
        const details = (error.details ?? {}) as ValidationDetails;
        const problems = (details.errors ?? []).map((e) => e.message).filter(Boolean);
        const said = problems.length > 0 ? problems.join('; ') : error.message;
        throw new errors.ValidationError(`This draft cannot be published: ${said}`, details);
      }
    },

    /** Each document's title (its Content Manager main field), by `uid:documentId:locale`. */
    async titles(keys: Array<{ uid: string; documentId: string; locale: string }>): Promise<Map<string, string>> {
      const titles = new Map<string, string>();
      const byType = new Map<string, Set<string>>();
      for (const key of keys) byType.set(key.uid, (byType.get(key.uid) ?? new Set()).add(key.documentId));
      for (const [uid, documentIds] of byType) {
        const field = await this.mainField(uid);
        if (!field) continue;
        const rows = await query(uid).findMany({
          where: { documentId: { $in: [...documentIds] } },
          select: ['documentId', 'publishedAt', field, ...(isLocalized(strapi, uid) ? ['locale'] : [])],
        });
        // The draft's title is the one an editor knows; the published one only when there is no draft.
        for (const row of rows) {
          const value = row[field];
          const key = `${uid}:${row.documentId}:${row.locale ?? ''}`;
          if (typeof value === 'string' && (row.publishedAt === null || !titles.has(key))) titles.set(key, value);
        }
      }
      return titles;
    },

    async mainField(uid: string): Promise<string | null> {
      const model = strapi.contentTypes[uid as ContentTypeUID];
      if (!model) return null;
      try {
        const service = strapi.plugin('content-manager').service('content-types') as unknown as {
          findConfiguration(contentType: unknown): Promise<{ settings?: { mainField?: string } }>;
        };
        const field = (await service.findConfiguration(model)).settings?.mainField;
        if (field && field !== 'id' && field in model.attributes) return field;
      } catch {
        // Fall back to the first string field below.
      }
      const first = Object.entries(model.attributes).find(([, a]) => (a as { type?: string }).type === 'string');
      return first ? first[0] : null;
    },
  };
};

export default createScheduleTargetsService;
