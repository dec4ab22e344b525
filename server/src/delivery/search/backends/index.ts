import type { Core } from '@strapi/strapi';
import { UID } from '../../../constants';
import type { SearchBackend } from '../search-backend';
import { mysqlDialect } from './mysql-fulltext';
import { postgresDialect } from './postgres-tsvector';
import { createSqlBackend, type ArticleTable } from './sql-backend';
import { sqliteDialect } from './sqlite-fts5';

const DIALECTS = { sqlite: sqliteDialect, postgres: postgresDialect, mysql: mysqlDialect };

type Attribute = { columnName?: string };

/** The article table's name and columns, as Strapi maps them. */
const articleTable = (strapi: Core.Strapi): ArticleTable => {
  const meta = strapi.db.metadata.get(UID.article);
  const column = (attribute: string, fallback: string) => (meta.attributes[attribute] as Attribute | undefined)?.columnName ?? fallback;
  return {
    table: meta.tableName,
    id: column('id', 'id'),
    documentId: column('documentId', 'document_id'),
    publishedAt: column('publishedAt', 'published_at'),
  };
};

/** The backend of this database: SQLite FTS5, PostgreSQL tsvector + GIN, or MariaDB/MySQL FULLTEXT. */
export const databaseBackend = (strapi: Core.Strapi): SearchBackend => {
  const client = strapi.db.dialect.client as keyof typeof DIALECTS;
  const dialect = DIALECTS[client];
  if (!dialect) throw new Error(`[newsroom] search: no search backend for the database client "${client}"`);
  return createSqlBackend(strapi.db.connection, strapi.db.getSchemaName() || undefined, articleTable(strapi), dialect);
};
