import type { Core } from '@strapi/strapi';
import { articlePathsOf, dropNestedArticleDrafts, type ArticlePaths } from './article-paths';
import { getService } from '../get-service';
import { COUNT_REFUSED, refuse } from './draft-guard';

const FILE = 'plugin::upload.file';

/**
 * The upload plugin reads files through the query engine, with no status, and a file's polymorphic
 * `related` lists every row that uses it, article drafts included (`GET /api/upload/files?populate=related`),
 * as do relations populated below it (`populate[related][on][plugin::newsroom.article][populate]=localizations`).
 * For a client that may not read drafts, those rows are dropped from every file read, and counting
 * `related` (which counts drafts) is refused.
 */
export const guardUploadRelated = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('upload')) return;
  const mayReadDrafts = () => getService(strapi, 'draft-access').canReadDrafts();
  let paths: ArticlePaths | undefined;
  const articlePaths = () => (paths ??= articlePathsOf(strapi));
  const refuseCounts = (params: { populate?: unknown } | undefined) => {
    if (!mayReadDrafts() && articlePaths().populateCountsPolymorphic(FILE, params?.populate)) refuse(COUNT_REFUSED);
  };
  const dropDrafts = async (result: unknown) => {
    if (!mayReadDrafts()) await dropNestedArticleDrafts(strapi, articlePaths(), FILE, result);
  };
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    beforeFindMany: (event: { params?: { populate?: unknown } }) => refuseCounts(event.params),
    beforeFindOne: (event: { params?: { populate?: unknown } }) => refuseCounts(event.params),
    afterFindMany: (event: { result?: unknown }) => dropDrafts(event.result),
    afterFindOne: (event: { result?: unknown }) => dropDrafts(event.result),
  });
};
