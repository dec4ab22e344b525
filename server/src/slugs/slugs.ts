import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { SLUG_SOURCE_FIELD, UID, type CollectionUID } from '../constants';
import { getService } from '../get-service';
import { chooseSlug, type StoredSlugState } from './slug-choice';
import { truncateSlug } from './to-slug';

type Data = Record<string, unknown>;

export interface SlugWrite {
  uid: CollectionUID;
  action: 'create' | 'update' | 'clone';
  /** The document updated, or the source of a clone. */
  documentId?: string;
  /** Already resolved: null for a type that is not localized. */
  locale: string | null;
  data: Data;
}

/** A slug that moved on a public document: remembered so that old links still resolve. */
export interface SlugChange {
  uid: CollectionUID;
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

  /** The draft row (or the only row, without Draft & Publish) a write will change. */
  async storedState(uid: CollectionUID, documentId: string, locale: string | null): Promise<StoredSlugState | null> {
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
      source: row[SLUG_SOURCE_FIELD[uid]] ?? null,
      locked: uid === UID.article && row.originalPublishedAt != null,
      manual: row.slugManual === true,
    };
  },

  /** Slugs of the locale starting with `stem`, other documents only; read as of now (see write-lock). */
  async taken(uid: CollectionUID, stem: string, locale: string | null, documentId?: string): Promise<Set<string>> {
    const qb = strapi.db
      .queryBuilder(uid)
      .select(['slug'])
      .where({
        slug: { $startsWith: stem },
        ...(locale ? { locale } : {}),
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      });
    // MySQL's REPEATABLE READ reads from a snapshot that may predate the lock; a locking read does not.
    if (getService(strapi, 'write-lock').needsLockingReads()) qb.forUpdate();
    const rows: Array<{ slug: string | null }> = await qb.execute();
    return new Set(rows.map((row) => row.slug).filter((slug): slug is string => slug !== null));
  },

  /** `base`, or `base-2`, `base-3`… : the first one no other document of the locale uses. */
  async unique(uid: CollectionUID, base: string, locale: string | null, documentId?: string): Promise<string> {
    const max = this.maxLength();
    const taken = await this.taken(uid, truncateSlug(base, max - SUFFIX_ROOM), locale, documentId);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) {
      const suffix = `-${n}`;
      const candidate = `${truncateSlug(base, max - suffix.length)}${suffix}`;
      if (!taken.has(candidate)) return candidate;
    }
  },

  /**
   * Writes `data.slug` and `data.slugManual` for a create, update or clone, whatever path it came
   * from. Returns the change to remember in slug history when a public slug moved.
   */
  async prepare(write: SlugWrite): Promise<SlugChange | null> {
    const { uid, data, locale, documentId } = write;
    const field = SLUG_SOURCE_FIELD[uid];
    const stateOf = (id: string | undefined) => (id ? this.storedState(uid, id, locale) : Promise.resolve(null));
    const stored = write.action === 'update' ? await stateOf(documentId) : null;
    // A clone starts from its source's text unless the clone call overrides it.
    const source = field in data ? data[field] : write.action === 'clone' ? (await stateOf(documentId))?.source : undefined;

    delete data.slugManual; // server-owned
    const choice = chooseSlug({ slugGiven: 'slug' in data, slug: data.slug, source }, stored, this.maxLength());
    if (choice.kind === 'keep') {
      if ('slug' in data) data.slug = stored?.slug ?? null;
      return null;
    }
    const ownId = write.action === 'update' ? documentId : undefined;
    data.slug = choice.base ? await this.unique(uid, choice.base, locale, ownId) : null;
    data.slugManual = choice.manual;

    // An article's URL is public once published; a byline's always is.
    const isPublic = uid === UID.byline || stored?.locked === true;
    if (isPublic && stored?.slug && data.slug && stored.slug !== data.slug && documentId) {
      return { uid, documentId, locale, previous: stored.slug, next: String(data.slug) };
    }
    return null;
  },
});

export default createSlugsService;
