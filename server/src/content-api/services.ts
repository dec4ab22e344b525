import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { UID, type CollectionUID } from '../constants';
import createParamsGuard from './params-guard';

type Params = Record<string, unknown>;

/** Strapi's core collection service, as the core controllers call it. */
interface CoreService {
  find(params?: Params): Promise<unknown>;
  findOne(documentId: string, params?: Params): Promise<unknown>;
  create(params?: Params): Promise<unknown>;
  update(documentId: string, params?: Params): Promise<unknown>;
}

/**
 * Strapi's core services: what the core controllers call (`strapi.service(uid)`), with the
 * controllers' sanitized parameters checked first (see params-guard: shapes Strapi's query layer
 * answers with a 500 are a 400 here). Documented differences: deleting a documentId that does not
 * exist (or not in the locale asked for) is a 404 where Strapi answers 204, and `status=draft` on a
 * delete is a 400 where Strapi answers 500.
 */
const collectionService = (uid: CollectionUID) =>
  factories.createCoreService(uid, ({ strapi }: { strapi: Core.Strapi }) => {
    const guard = createParamsGuard(strapi);
    // createCoreService puts Strapi's service under this object: its methods are reached through it.
    const core = (): CoreService => Object.getPrototypeOf(service) as CoreService;
    const service = {
      async find(params: Params = {}) {
        guard.check(uid, params);
        guard.checkPagination(params);
        return core().find.call(service, params);
      },
      async findOne(documentId: string, params: Params = {}) {
        guard.check(uid, params);
        return core().findOne.call(service, documentId, params);
      },
      async create(params: Params = { data: {} }) {
        guard.check(uid, params, { write: true });
        return core().create.call(service, params);
      },
      async update(documentId: string, params: Params = { data: {} }) {
        guard.check(uid, params, { write: true });
        return core().update.call(service, documentId, params);
      },
      async delete(documentId: string, params: Params = {}) {
        guard.check(uid, params);
        const { status, ...rest } = params;
        if (status === 'draft' && contentTypes.hasDraftAndPublish(strapi.contentType(uid))) {
          throw new errors.ValidationError('A delete removes the whole document; it cannot take status=draft');
        }
        const documents = strapi.documents(uid);
        const { entries } = await documents.delete({ ...rest, documentId } as Parameters<typeof documents.delete>[0]);
        if (entries.length === 0) {
          throw new errors.NotFoundError(`No ${strapi.contentType(uid).info.singularName} has the documentId "${documentId}"`);
        }
        return { deletedEntries: entries.length };
      },
    };
    return service;
  });

export default {
  article: collectionService(UID.article),
  byline: collectionService(UID.byline),
};
