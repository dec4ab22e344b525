export default {
  kind: 'collectionType',
  collectionName: 'newsroom_bylines',
  info: {
    singularName: 'byline',
    pluralName: 'bylines',
    displayName: 'Byline',
    description: 'A contributor credited on articles: reporter, photographer, agency or source',
  },
  options: { draftAndPublish: false },
  indexes: [{ name: 'newsroom_bylines_slug', columns: ['slug'] }],
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 150 },
    slug: {
      type: 'uid',
      targetField: 'name',
      options: { decamelize: false, customReplacements: [['&', ' ']] },
    },
    // Whether the stored slug was set by hand (then it no longer follows the name). Server-owned.
    slugManual: { type: 'boolean', default: false, writable: false, configurable: false, visible: false, private: true },
    role: {
      type: 'enumeration',
      enum: ['reporter', 'editor', 'photographer', 'translator', 'agency', 'other'],
      default: 'reporter',
    },
    organization: { type: 'string', maxLength: 200 },
    bio: { type: 'text' },
    avatar: { type: 'media', multiple: false, allowedTypes: ['images'] },
    // Private: stripped from every content-API answer and left out of the GraphQL schema.
    email: { type: 'email', private: true },
  },
};
