/** Former slugs of published articles, so old links can be answered with a 301. Internal. */
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
  attributes: {
    slug: { type: 'string', required: true },
    targetLocale: { type: 'string' },
    targetDocumentId: { type: 'string', required: true },
  },
};
