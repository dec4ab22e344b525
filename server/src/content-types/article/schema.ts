const localized = { i18n: { localized: true } };

export default {
  kind: 'collectionType',
  collectionName: 'newsroom_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    displayName: 'Article',
    description: 'A news article: title, lead (sapo), body, cover and bylines',
  },
  options: { draftAndPublish: true },
  // Slug lookups (uniqueness, by-slug reads) go through this index.
  indexes: [{ name: 'newsroom_articles_slug_locale', columns: ['slug', 'locale'] }],
  pluginOptions: {
    i18n: { localized: true },
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  // Content Manager defaults: server-owned fields are shown read-only, with a word on where they come from.
  config: {
    metadatas: {
      slug: { edit: { description: 'Made by the server from the title; fixed once published (edit by hand to change)' } },
      bylineText: { edit: { editable: false, description: 'Made by the server from Bylines, in their order' } },
      commentCount: { edit: { editable: false, description: 'Approved comments, counted by the server' } },
      originalPublishedAt: { edit: { editable: false, description: 'Set by the server at the first publication' } },
    },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 300, pluginOptions: localized },
    // The server writes it on every path (document middleware); these options make the admin's
    // "regenerate" button (which uses @sindresorhus/slugify) agree with toSlug.
    slug: {
      type: 'uid',
      targetField: 'title',
      options: { decamelize: false, customReplacements: [['&', ' ']] },
      pluginOptions: localized,
    },
    // Whether the stored slug was set by hand (then it no longer follows the title). Server-owned.
    slugManual: { type: 'boolean', default: false, writable: false, configurable: false, visible: false, private: true, pluginOptions: localized },
    lead: { type: 'text', pluginOptions: localized },
    body: { type: 'blocks', pluginOptions: localized },
    cover: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: localized },
    coverCaption: { type: 'string', maxLength: 500, pluginOptions: localized },
    bylines: { type: 'relation', relation: 'manyToMany', target: 'plugin::newsroom.byline' },
    sourceCredit: { type: 'string', maxLength: 200, pluginOptions: localized },
    commentsEnabled: { type: 'boolean', default: true, pluginOptions: localized },
    // Derived on the server from `bylines` (names joined by " – "); never taken from input.
    bylineText: { type: 'string', writable: false, configurable: false, pluginOptions: localized },
    // Approved comments under this article (in this locale); kept by the comments feature.
    commentCount: { type: 'integer', default: 0, writable: false, configurable: false, pluginOptions: localized },
    // Set on first publication; from then on a title edit no longer moves the slug.
    originalPublishedAt: { type: 'datetime', writable: false, configurable: false, pluginOptions: localized },
  },
};
