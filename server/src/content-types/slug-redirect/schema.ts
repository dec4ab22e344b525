/** Former slugs of published articles and of bylines, so old links can be answered with a 301. Internal. */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_slug_redirects',
  info: {
    singularName: 'slug-redirect',
    pluralName: 'slug-redirects',
    displayName: 'Slug redirect',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  indexes: [{ name: 'newsroom_slug_redirects_lookup', columns: ['target_uid', 'slug'] }],
  attributes: {
    slug: { type: 'string', required: true },
    /** The content type the former slug belonged to (article or byline). */
    targetUid: { type: 'string', required: true },
    targetLocale: { type: 'string' },
    targetDocumentId: { type: 'string', required: true },
  },
};
