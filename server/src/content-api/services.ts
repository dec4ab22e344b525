import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID, type CollectionUID } from '../constants';

/**
 * Strapi's core services: what the core controllers call (`strapi.service(uid)`). One difference,
 * documented: deleting a documentId that does not exist is a 404 (Strapi's core answers 204).
 */
const collectionService = (uid: CollectionUID) =>
  factories.createCoreService(uid, ({ strapi }: { strapi: Core.Strapi }) => ({
    async delete(documentId: string, params: Record<string, unknown> = {}) {
      const documents = strapi.documents(uid);
      const { status: _status, ...rest } = params;
      const { entries } = await documents.delete({ ...rest, documentId } as Parameters<typeof documents.delete>[0]);
      if (entries.length === 0) {
        throw new errors.NotFoundError(`No ${strapi.contentType(uid).info.singularName} has the documentId "${documentId}"`);
      }
      return { deletedEntries: entries.length };
    },
  }));

export default {
  article: collectionService(UID.article),
  byline: collectionService(UID.byline),
};
