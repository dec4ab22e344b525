import { PLUGIN_ID } from '../../contracts/plugin';

export { PLUGIN_ID };

/** Every content-type UID of the plugin, written once. */
export const UID = {
  article: 'plugin::newsroom.article',
  byline: 'plugin::newsroom.byline',
  slugRedirect: 'plugin::newsroom.slug-redirect',
} as const;

export type NewsroomUID = (typeof UID)[keyof typeof UID];

/** Content types whose `slug` the server writes, and the field each slug is made from. */
export const SLUG_SOURCE_FIELD: Partial<Record<NewsroomUID, string>> = {
  [UID.article]: 'title',
  [UID.byline]: 'name',
};

/** Vietnamese bylines join names with a spaced en dash: "Thu Thủy – Công Luận". */
export const BYLINE_SEPARATOR = ' \u2013 ';
