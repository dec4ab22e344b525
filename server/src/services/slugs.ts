import type { Core } from '@strapi/strapi';
import { SLUG_SOURCE_FIELD, UID, type NewsroomUID } from '../constants';
import { chooseSlug, type StoredSlugState } from '../rules/slug-choice';
import { truncateSlug } from '../slug';
import { contentTypes } from '@strapi/utils';
import { defaultLocale, isLocalized } from '../utils/content-type';

type Data = Record<string, unknown>;

export interface SlugWrite {
  uid: NewsroomUID;
  action: 'create' | 'update' | 'clone';
  documentId?: string;
  /** Already resolved: null for a type that is not localized. */
  locale: string | null;
  data: Data;
}

/** What changed, for slug history once the write has succeeded. */
export interface SlugChange {
  uid: NewsroomUID;
  documentId: string;
  locale: string | null;
  previous: string;
  next: string;
}

/** Longest numeric suffix we expect ("-99999"), kept free when cutting a base for uniqueness. */
const SUFFIX_ROOM = 6;

const createSlugsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  maxLength(): number {
    return strapi.config.get<number>('plugin::newsroom.slug.maxLength', 120);
  },

  async resolveLocale(uid: NewsroomUID, locale: unknown): Promise<string | null> {
    if (!isLocalized(strapi, uid)) return null;
    return typeof locale === 'string' && locale !== '*' ? locale : defaultLocale(strapi);
  },

  /** The draft row (or the only row, without Draft & Publish) a write will change. */
  async storedState(uid: NewsroomUID, documentId: string, locale: string | null): Promise<StoredSlugState | null> {
    const field = SLUG_SOURCE_FIELD[uid] as string;
    const row = await strapi.db.query(uid).findOne({
      where: {
        documentId,
        ...(locale ? { locale } : {}),
        ...(contentTypes.hasDraftAndPublish(strapi.contentType(uid)) ? { publishedAt: null } : {}),
      },
    });
    if (!row) return null;
    return {
      slug: row.slug ?? null,
      source: row[field] ?? null,
      locked: uid === UID.article && row.originalPublishedAt != null,
    };
  },

  /** `base`, or `base-2`, `base-3`… : the first one no other document of the locale uses. */
  async unique(uid: NewsroomUID, base: string, locale: string | null, documentId?: string): Promise<string> {
    const max = this.maxLength();
    const stem = truncateSlug(base, max - SUFFIX_ROOM);
    const rows: Array<{ slug: string | null }> = await strapi.db.query(uid).findMany({
      select: ['slug'],
      where: {
        slug: { $startsWith: stem },
        ...(locale ? { locale } : {}),
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
    });
    const taken = new Set(rows.map((row) => row.slug));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) {
      const suffix = `-${n}`;
      const candidate = `${truncateSlug(base, max - suffix.length)}${suffix}`;
      if (!taken.has(candidate)) return candidate;
    }
  },

  /**
   * Writes `data.slug` for a create, update or clone, whatever path it came from.
   * Returns the change to remember in slug history, if the slug of a published document moved.
   */
  async prepare(write: SlugWrite, cloneOf?: string): Promise<SlugChange | null> {
    const { uid, data, locale } = write;
    const field = SLUG_SOURCE_FIELD[uid] as string;
    const stored =
      write.action === 'update' && write.documentId ? await this.storedState(uid, write.documentId, locale) : null;
    // A clone starts from its source's text unless the clone call overrides it.
    const source =
      field in data ? data[field] : cloneOf ? (await this.storedState(uid, cloneOf, locale))?.source : undefined;

    const choice = chooseSlug({ slugGiven: 'slug' in data, slug: data.slug, source }, stored, this.maxLength());
    if (choice.kind === 'keep') {
      if ('slug' in data) data.slug = stored?.slug ?? null;
      return null;
    }
    const ownId = write.action === 'update' ? write.documentId : undefined;
    data.slug = choice.base ? await this.unique(uid, choice.base, locale, ownId) : null;

    if (stored?.locked && stored.slug && data.slug && stored.slug !== data.slug && write.documentId) {
      return { uid, documentId: write.documentId, locale, previous: stored.slug, next: String(data.slug) };
    }
    return null;
  },
});

export default createSlugsService;
