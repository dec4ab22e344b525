import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';

const FILE = 'plugin::upload.file';
type Related = { __type?: string; publishedAt?: unknown };
type FileRow = { related?: unknown };

const dropArticleDrafts = (file: FileRow | null | undefined): void => {
  if (!file || !Array.isArray(file.related)) return;
  file.related = (file.related as Related[]).filter((item) => item?.__type !== UID.article || item.publishedAt != null);
};

/**
 * The upload plugin reads files through the query engine, and a file's polymorphic `related`
 * lists every row that uses it, article drafts included (`GET /api/upload/files?populate=related`).
 * For a client that may not read drafts, those rows are dropped from every file read.
 */
export const guardUploadRelated = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('upload')) return;
  const mayReadDrafts = () => getService(strapi, 'draft-access').canReadDrafts();
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    afterFindMany(event: { result?: unknown }) {
      if (!mayReadDrafts() && Array.isArray(event.result)) event.result.forEach((file) => dropArticleDrafts(file as FileRow));
    },
    afterFindOne(event: { result?: unknown }) {
      if (!mayReadDrafts()) dropArticleDrafts(event.result as FileRow);
    },
  });
};
