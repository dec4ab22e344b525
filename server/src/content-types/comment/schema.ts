import { COMMENT_STATUSES } from '../../../../contracts/comments';

const hidden = { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } };

/**
 * A reader's comment (or an editor's reply) under an article. It points at the article by
 * documentId and locale, not by relation: Strapi re-creates an article's published row on every
 * publish, and a comment must stay with its article through unpublish and republish. The thread
 * shape is stored (`parentId`, `rootId`, `depth`) so that a page of a thread costs a fixed number
 * of queries. Private fields never leave the server.
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_comments',
  info: { singularName: 'comment', pluralName: 'comments', displayName: 'Comment' },
  options: { draftAndPublish: false },
  pluginOptions: hidden,
  indexes: [
    { name: 'newsroom_comments_thread', columns: ['article_document_id', 'article_locale', 'status', 'root_id'] },
    { name: 'newsroom_comments_ip_time', columns: ['ip_hash', 'created_at'] },
    { name: 'newsroom_comments_email_time', columns: ['author_email', 'created_at'] },
    { name: 'newsroom_comments_status_time', columns: ['status', 'created_at'] },
  ],
  attributes: {
    articleDocumentId: { type: 'string', required: true },
    articleLocale: { type: 'string' },
    parentId: { type: 'integer' },
    rootId: { type: 'integer' },
    depth: { type: 'integer', default: 0 },
    authorName: { type: 'string', required: true, maxLength: 100 },
    authorEmail: { type: 'email', private: true },
    authorUserId: { type: 'integer', private: true },
    content: { type: 'text', required: true },
    status: { type: 'enumeration', enum: [...COMMENT_STATUSES], default: 'pending', required: true },
    isStaff: { type: 'boolean', default: false },
    staffUserId: { type: 'integer', private: true },
    ipHash: { type: 'string', private: true },
    userAgent: { type: 'string', maxLength: 500, private: true },
    contentHash: { type: 'string', private: true },
    reportCount: { type: 'integer', default: 0 },
    approvedAt: { type: 'datetime' },
  },
};
