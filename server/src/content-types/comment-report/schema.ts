/** A reader's report of a comment; one per sender and comment (a database unique index says so). */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_comment_reports',
  info: { singularName: 'comment-report', pluralName: 'comment-reports', displayName: 'Comment report' },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  indexes: [{ name: 'newsroom_comment_reports_sender_uq', columns: ['comment_id', 'sender_hash'], type: 'unique' }],
  attributes: {
    commentId: { type: 'integer', required: true },
    senderHash: { type: 'string', required: true, private: true },
    reason: { type: 'enumeration', enum: ['spam', 'offensive', 'off-topic', 'other'], required: true },
  },
};
