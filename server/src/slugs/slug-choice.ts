import { toSlug, truncateSlug } from './to-slug';

/** The stored state of the row being written, or null for a new document or a new locale. */
export interface StoredSlugState {
  slug: string | null;
  /** The text the slug is made from (article title, byline name) as stored. */
  source: string | null;
  /** True once an article has been published: its slug no longer follows the title. */
  locked: boolean;
  /** True when the stored slug was set by hand (stored as such, never guessed from its shape). */
  manual: boolean;
}

export interface SlugWriteInput {
  /** Whether the write names `slug` at all (admin forms always send it back unchanged). */
  slugGiven: boolean;
  slug: unknown;
  /** The new source text if the write changes it, else undefined. */
  source: unknown;
}

/** `keep`: leave the stored slug; `set`: store this base (made unique afterwards), or null. */
export type SlugChoice = { kind: 'keep' } | { kind: 'set'; base: string | null; manual: boolean };

const slugOf = (value: unknown, maxLength: number): string =>
  typeof value === 'string' ? truncateSlug(toSlug(value), maxLength) : '';

/** Is `slug` the slug of `source`, possibly with the "-N" suffix uniqueness adds (on a cut base)? */
export const followsSource = (slug: string, source: string | null, maxLength: number): boolean => {
  const base = slugOf(source, maxLength);
  if (slug === base) return true;
  const match = /^(.+)-\d+$/.exec(slug);
  if (!match) return false;
  const stem = match[1];
  return base === stem || base.startsWith(`${stem}-`);
};

/**
 * Decides what slug a write stores. A slug typed by hand wins (normalised) and is remembered as
 * such; an emptied slug is made again from the source; otherwise the slug follows the source
 * until the first publication, unless it was set by hand.
 */
export const chooseSlug = (
  input: SlugWriteInput,
  stored: StoredSlugState | null,
  maxLength: number
): SlugChoice => {
  const requested = input.slugGiven ? slugOf(input.slug, maxLength) : '';
  const source = input.source !== undefined ? input.source : stored?.source;
  const auto = slugOf(source, maxLength);
  const fromSource: SlugChoice = { kind: 'set', base: auto || null, manual: false };
  // The admin's "regenerate" button gives the source's own slug: that is not a hand edit.
  const byHand = (slug: string): SlugChoice => ({ kind: 'set', base: slug, manual: slug !== auto });

  if (!stored) return requested ? byHand(requested) : fromSource;
  if (requested && requested !== stored.slug) return byHand(requested);
  if (input.slugGiven && !requested) return fromSource;
  if (!stored.slug) return fromSource;
  if (stored.locked || stored.manual || input.source === undefined || !auto) return { kind: 'keep' };
  return followsSource(stored.slug, String(input.source), maxLength) ? { kind: 'keep' } : fromSource;
};
