import { PLUGIN_ID } from '../../contracts/plugin';

export { PLUGIN_ID };

/** Every content-type UID of the plugin, written once. */
export const UID = {
  article: 'plugin::newsroom.article',
  byline: 'plugin::newsroom.byline',
  slugRedirect: 'plugin::newsroom.slug-redirect',
  writeLock: 'plugin::newsroom.write-lock',
  comment: 'plugin::newsroom.comment',
  commentEvent: 'plugin::newsroom.comment-event',
  commentReport: 'plugin::newsroom.comment-report',
  schedule: 'plugin::newsroom.schedule',
  previewLink: 'plugin::newsroom.preview-link',
} as const;

/** Types that are internal to the plugin: no Content Manager, no GraphQL shadow CRUD. */
export const INTERNAL_TYPES = [UID.slugRedirect, UID.writeLock, UID.comment, UID.commentEvent, UID.commentReport, UID.schedule, UID.previewLink];

/** Admin permissions (RBAC), as Strapi's roles list them. */
export const ADMIN_ACTIONS = {
  commentsRead: 'plugin::newsroom.comments.read',
  commentsModerate: 'plugin::newsroom.comments.moderate',
  scheduleRead: 'plugin::newsroom.schedule.read',
  scheduleManage: 'plugin::newsroom.schedule.manage',
} as const;

export type NewsroomUID = (typeof UID)[keyof typeof UID];

/** The plugin's public collections, served through Strapi's core content-API factories. */
export const COLLECTIONS = [UID.article, UID.byline] as const;
export type CollectionUID = (typeof COLLECTIONS)[number];

/** Content types whose `slug` the server writes, and the field each slug is made from. */
export const SLUG_SOURCE_FIELD: Record<CollectionUID, 'title' | 'name'> = {
  [UID.article]: 'title',
  [UID.byline]: 'name',
};

/** Vietnamese bylines join names with a spaced en dash: "Thu Thủy – Công Luận". */
export const BYLINE_SEPARATOR = ' \u2013 ';
