import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { sectionTypeProblem } from './rules/section-type';
import { feedsConfig } from './feeds-config';

/** At bootstrap, once every content type is known: stop Strapi on section settings that cannot work. */
export const verifyFeedsConfig = (strapi: Core.Strapi): void => {
  const problem = sectionTypeProblem(feedsConfig(strapi), UID.article, (uid) =>
    strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0])
  );
  if (problem) throw new Error(`[newsroom] ${problem}`);
};
