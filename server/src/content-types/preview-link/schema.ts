/**
 * One preview link: a signed token that shows one article draft (one locale) to whoever holds it,
 * until it expires or is revoked. Only a SHA-256 hash of the token's random id is stored, so the
 * table gives no working link away; the token itself is shown once, when the link is made.
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_preview_links',
  info: { singularName: 'preview-link', pluralName: 'preview-links', displayName: 'Preview link' },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  indexes: [
    { name: 'newsroom_preview_links_hash', columns: ['token_hash'], type: 'unique' },
    { name: 'newsroom_preview_links_target', columns: ['target_document_id', 'target_locale'] },
  ],
  attributes: {
    tokenHash: { type: 'string', required: true, private: true },
    targetDocumentId: { type: 'string', required: true },
    // '' for a type without i18n, so that one key names one link on every database.
    targetLocale: { type: 'string', default: '' },
    purpose: { type: 'enumeration', enum: ['share', 'panel'], default: 'share', required: true },
    expiresAt: { type: 'datetime', required: true },
    revokedAt: { type: 'datetime' },
    authorId: { type: 'integer' },
    authorName: { type: 'string' },
  },
};
