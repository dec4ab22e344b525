/**
 * One scheduled publish or unpublish of one document (and locale). `dueAt` is when an instance
 * should next pick the entry up: its `runAt` at first, later a retry time, and while an instance
 * runs it the end of that instance's lease (so a crashed instance's entry falls due again). The
 * due query reads (status, dueAt) through one index, whatever is scheduled further ahead.
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_schedules',
  info: { singularName: 'schedule', pluralName: 'schedules', displayName: 'Schedule' },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  indexes: [
    { name: 'newsroom_schedules_due', columns: ['status', 'due_at'] },
    { name: 'newsroom_schedules_target', columns: ['target_document_id', 'content_type'] },
    { name: 'newsroom_schedules_run_at', columns: ['run_at'] },
  ],
  attributes: {
    contentType: { type: 'string', required: true },
    targetDocumentId: { type: 'string', required: true },
    // '' for a type without i18n, so that one key names one entry on every database.
    targetLocale: { type: 'string', default: '' },
    action: { type: 'enumeration', enum: ['publish', 'unpublish'], required: true },
    runAt: { type: 'datetime', required: true },
    timezone: { type: 'string', required: true },
    status: {
      type: 'enumeration',
      enum: ['scheduled', 'running', 'done', 'failed', 'cancelled'],
      default: 'scheduled',
      required: true,
    },
    dueAt: { type: 'datetime', required: true },
    outcome: { type: 'string' },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text' },
    claimedBy: { type: 'string' },
    ranAt: { type: 'datetime' },
    // When the editor asked for it: a publication by hand after this instant makes it needless.
    requestedAt: { type: 'datetime', required: true },
    authorId: { type: 'integer' },
    authorName: { type: 'string' },
  },
};
