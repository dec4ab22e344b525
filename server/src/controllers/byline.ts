import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { collectionActions } from './content-api';

export default ({ strapi }: { strapi: Core.Strapi }) => collectionActions(strapi, UID.byline);
