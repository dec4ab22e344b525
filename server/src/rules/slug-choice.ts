import { toSlug, truncateSlug } from '../slug';

/** The stored state of the row being written, or null for a new document or a new locale. */
export interface StoredSlugState {
  slug: string | null;
  /** The text the slug is made from (article title, byline name) as stored. */
  source: string | null;
  /** True once the document has been published: its slug no longer follows the title. */
  locked: boolean;
}

export interface SlugWriteInput {
  /** Whether the write names `slug` at all (admin forms always send it back unchanged). */
  slugGiven: boolean;
  slug: unknown;
  /** The new source text if the write changes it, else undefined. */
  source: unknown;
}

/** `keep`: leave the stored slug; `set`: store this base (made unique afterwards), or null. */
export type SlugChoice = { kind: 'keep' } | { kind: 'set'; base: string | null };

const slugOf = (value: unknown, maxLength: number): string =>
  typeof value === 'string' ? truncateSlug(toSlug(value), maxLength) : '';

/** Was `slug` made from `source` by the server (possibly with a "-N" suffix for uniqueness)? */
export const followsSource = (slug: string | null, source: string | null, maxLength: number): boolean => {
  if (!slug) return true;
  const base = slugOf(source, maxLength);
  if (slug === base) return true;
  const match = /^(.+)-\d+$/.exec(slug);
  if (!match) return false;
  const stem = match[1];
  return base === stem || base.startsWith(`${stem}-`);
};

/**
 * Decides what slug a write stores. A slug typed by hand wins (normalised); an emptied slug is
 * made again from the source; otherwise the slug follows the source until the first publication.
 */
export const chooseSlug = (
  input: SlugWriteInput,
  stored: StoredSlugState | null,
  maxLength: number
): SlugChoice => {
  const requested = input.slugGiven ? slugOf(input.slug, maxLength) : '';
  const source = input.source !== undefined ? input.source : stored?.source;
  const fromSource = (): SlugChoice => ({ kind: 'set', base: slugOf(source, maxLength) || null });

  if (!stored) return requested ? { kind: 'set', base: requested } : fromSource();
  if (requested && requested !== stored.slug) return { kind: 'set', base: requested };
  if (input.slugGiven && !requested) return fromSource();
  if (!stored.slug) return fromSource();
  if (stored.locked || input.source === undefined) return { kind: 'keep' };
  // A slug set by hand stays; so does one that already fits the new source.
  if (!followsSource(stored.slug, stored.source, maxLength)) return { kind: 'keep' };
  if (followsSource(stored.slug, String(input.source), maxLength)) return { kind: 'keep' };
  const next = slugOf(input.source, maxLength);
  return next ? { kind: 'set', base: next } : { kind: 'keep' };
};
