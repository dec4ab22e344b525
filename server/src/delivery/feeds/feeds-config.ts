import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../../../contracts/config';

export type FeedsConfig = NewsroomConfig['feeds'];

/** The plugin's `feeds` settings, read at each use (an app may change them at run time). */
export const feedsConfig = (strapi: Core.Strapi): FeedsConfig => strapi.config.get('plugin::newsroom.feeds') as FeedsConfig;

/** The newsroom's zone (scheduling's), in which {yyyy} {mm} {dd} of article URLs are counted. */
export const newsroomZone = (strapi: Core.Strapi): string => strapi.config.get('plugin::newsroom.scheduling.timezone') as string;
