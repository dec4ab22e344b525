export { SLUG_PATTERN, toSlug, truncateSlug } from './to-slug';
