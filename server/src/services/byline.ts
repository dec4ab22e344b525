import { factories } from '@strapi/strapi';
import { UID } from '../constants';

/** Strapi's standard collection service, used by the core controller (find, findOne, create…). */
export default factories.createCoreService(UID.byline);
