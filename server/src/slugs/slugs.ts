import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { SLUG_SOURCE_FIELD, UID, type CollectionUID } from '../constants';
import type { HeldLock } from '../shared/write-lock';
import { chooseSlug, type StoredSlugState } from './slug-choice';
import { toSlug, truncateSlug } from './to-slug';

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

/** What `prepare` decided: the slug a write stores (if it chose one), and a public slug that moved. */
export interface SlugDecision {
  /** The slug this write stores, when it chose one (to record under the lock). */
  chosen: string | null;
  change: SlugChange | null;
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

  /**
   * Slugs of the locale starting with `stem`, other documents only, as they stand now: what the
   * transaction reads, plus what was written under the lock since its snapshot (see write-lock).
   */
  async taken(uid: CollectionUID, stem: string, locale: string | null, documentId: string | undefined, lock: HeldLock): Promise<Set<string>> {
    const unseen = await lock.unseen();
    const qb = strapi.db
      .queryBuilder(uid)
      .select(['slug'])
      .where({
        slug: { $startsWith: stem },
        ...(locale ? { locale } : {}),
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      });
    // The journal no longer reaches back to a (very old) snapshot: a locking read sees the newest rows.
    if (unseen === null) qb.forUpdate();
    const rows: Array<{ slug: string | null }> = await qb.execute();
    const taken = new Set(rows.map((row) => row.slug).filter((slug): slug is string => slug !== null));
    for (const claim of unseen ?? []) {
      if (claim.value.startsWith(stem) && claim.owner !== documentId) taken.add(claim.value);
    }
    return taken;
  },

  /** `base`, or `base-2`, `base-3`… : the first one no other document of the locale uses. */
  async unique(uid: CollectionUID, base: string, locale: string | null, documentId: string | undefined, lock: HeldLock): Promise<string> {
    const max = this.maxLength();
    const taken = await this.taken(uid, truncateSlug(base, max - SUFFIX_ROOM), locale, documentId, lock);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) {
      const suffix = `-${n}`;
      const candidate = `${truncateSlug(base, max - suffix.length)}${suffix}`;
      if (!taken.has(candidate)) return candidate;
    }
  },

  /**
   * Writes `data.slug` and `data.slugManual` for a create, update or clone, whatever path it came
   * from, under the lock of its type and locale.
   */
  async prepare(write: SlugWrite, lock: HeldLock): Promise<SlugDecision> {
    const { uid, data, locale, documentId } = write;
    const field = SLUG_SOURCE_FIELD[uid];
    const stateOf = (id: string | undefined) => (id ? this.storedState(uid, id, locale) : Promise.resolve(null));
    const stored = write.action === 'update' ? await stateOf(documentId) : null;
    const original = write.action === 'clone' ? await stateOf(documentId) : null;
    // A clone starts from its source's text unless the clone call overrides it.
    const source = field in data ? data[field] : original?.source;
    // The admin's "Duplicate" form carries the source's slug: that is not a slug chosen for the copy,
    // which takes one from its own title (and then follows it, never published).
    const sourceSlugBack =
      original?.slug != null && typeof data.slug === 'string' && truncateSlug(toSlug(data.slug), this.maxLength()) === original.slug;

    delete data.slugManual; // server-owned
    const slugGiven = 'slug' in data && !sourceSlugBack;
    const choice = chooseSlug({ slugGiven, slug: data.slug, source }, stored, this.maxLength());
    if (choice.kind === 'keep') {
      if ('slug' in data) data.slug = stored?.slug ?? null;
      return { chosen: null, change: null };
    }
    const ownId = write.action === 'update' ? documentId : undefined;
    const chosen = choice.base ? await this.unique(uid, choice.base, locale, ownId, lock) : null;
    data.slug = chosen;
    data.slugManual = choice.manual;

    // An article's URL is public once published; a byline's always is.
    const isPublic = uid === UID.byline || stored?.locked === true;
    const moved = isPublic && stored?.slug && chosen && stored.slug !== chosen && documentId;
    return { chosen, change: moved ? { uid, documentId, locale, previous: stored.slug as string, next: chosen } : null };
  },
});

export default createSlugsService;
