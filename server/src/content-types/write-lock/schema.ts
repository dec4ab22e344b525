/**
 * One row per lock name. A write that must not race (choosing a unique slug) locks its row with
 * SELECT … FOR UPDATE inside its own transaction, so the lock lasts until that transaction commits
 * or rolls back, on PostgreSQL and MySQL/MariaDB alike. See server/src/shared/write-lock.ts. Internal.
 */
export default {
  kind: 'collectionType',
  collectionName: 'newsroom_write_locks',
  info: {
    singularName: 'write-lock',
    pluralName: 'write-locks',
    displayName: 'Write lock',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  // A database unique index, so that concurrent first uses of a name insert one row.
  indexes: [{ name: 'newsroom_write_locks_name_uq', columns: ['name'], type: 'unique' }],
  attributes: {
    name: { type: 'string', required: true },
    // MySQL: the last values written under the lock, for writers whose snapshot predates it (JSON).
    journal: { type: 'text' },
  },
};
