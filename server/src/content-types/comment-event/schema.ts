/** One step of a comment's moderation history: who moved it, when, from which status to which. */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_comment_events',
  info: { singularName: 'comment-event', pluralName: 'comment-events', displayName: 'Comment event' },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  indexes: [{ name: 'newsroom_comment_events_comment', columns: ['comment_id'] }],
  attributes: {
    commentId: { type: 'integer', required: true },
    fromStatus: { type: 'string' },
    toStatus: { type: 'string', required: true },
    reason: { type: 'text' },
    actorType: { type: 'string', required: true },
    actorId: { type: 'integer' },
    actorName: { type: 'string' },
  },
};
