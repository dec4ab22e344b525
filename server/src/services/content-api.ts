import type { Core } from '@strapi/strapi';
import { errors, pagination as paging } from '@strapi/utils';
import type { NewsroomUID } from '../constants';

export type Query = Record<string, unknown> & { pagination?: Record<string, unknown>; status?: unknown };
type Entry = Record<string, unknown>;

export interface PaginationMeta {
  page?: number;
  pageSize?: number;
  start?: number;
  limit?: number;
  pageCount?: number;
  total?: number;
}

const TRUE = ['true', 't', '1', 1, true];
const FALSE = ['false', 'f', '0', 0, false];

/** Strapi's REST defaults: `published` unless the client names a status. */
const withStatus = (query: Query): Query => ({ ...query, status: query.status ?? 'published' });

/**
 * The content API's collection reads and writes, as Strapi's core service does them (same
 * pagination rules and defaults from `api.rest`), without importing `@strapi/strapi` at run time:
 * its ESM build cannot be loaded by Node, and this plugin's server entry must be.
 */
const createContentApiService = ({ strapi }: { strapi: Core.Strapi }) => ({
  paginationOf(query: Query) {
    const args = query.pagination ?? {};
    const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
    const maxLimit = Number(strapi.config.get('api.rest.maxLimit')) || -1;
    const { start, limit } = paging.withDefaultPagination(args, {
      defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
      maxLimit,
    });
    const offsetStyle = 'start' in args || 'limit' in args;
    const paged = 'page' in args || 'pageSize' in args || !offsetStyle;
    const withCount = args.withCount ?? strapi.config.get('api.rest.withCount', true);
    if (!TRUE.includes(withCount as never) && !FALSE.includes(withCount as never)) {
      throw new errors.ValidationError('Invalid withCount parameter. Expected "t","1","true","false","0","f"');
    }
    return { start, limit, paged, count: TRUE.includes(withCount as never) };
  },

  async find(uid: NewsroomUID, query: Query): Promise<{ results: Entry[]; pagination: PaginationMeta }> {
    const { pagination: _, ...params } = withStatus(query);
    const { start, limit, paged, count } = this.paginationOf(query);
    const documents = strapi.documents(uid);
    type FindMany = Parameters<typeof documents.findMany>[0];
    const results = (await documents.findMany({ ...params, start, limit } as FindMany)) as Entry[];
    const info = { start, limit };
    const total = count ? await documents.count(params as Parameters<typeof documents.count>[0]) : 0;
    const meta: PaginationMeta = paged
      ? paging.transformPagedPaginationInfo(info, total)
      : paging.transformOffsetPaginationInfo(info, total);
    // Without a count there is no total to tell, nor a page count.
    if (!count) {
      delete meta.total;
      delete meta.pageCount;
    }
    return { results, pagination: meta };
  },

  async findOne(uid: NewsroomUID, documentId: string, query: Query): Promise<Entry> {
    const documents = strapi.documents(uid);
    const params = { ...withStatus(query), documentId } as Parameters<typeof documents.findOne>[0];
    const entry = (await documents.findOne(params)) as Entry | null;
    if (!entry) throw new errors.NotFoundError(`No ${strapi.contentType(uid).info.singularName} has the documentId "${documentId}"`);
    return entry;
  },

  async create(uid: NewsroomUID, query: Query, data: Entry): Promise<Entry> {
    const documents = strapi.documents(uid);
    return (await documents.create({ ...withStatus(query), data } as Parameters<typeof documents.create>[0])) as Entry;
  },

  async update(uid: NewsroomUID, documentId: string, query: Query, data: Entry): Promise<Entry> {
    // Read straight from the rows: a writer may update without being allowed to read drafts.
    if ((await strapi.db.query(uid).count({ where: { documentId } })) === 0) {
      throw new errors.NotFoundError(`No ${strapi.contentType(uid).info.singularName} has the documentId "${documentId}"`);
    }
    const documents = strapi.documents(uid);
    const params = { ...withStatus(query), documentId, data } as Parameters<typeof documents.update>[0];
    return (await documents.update(params)) as Entry;
  },

  async delete(uid: NewsroomUID, documentId: string, query: Query): Promise<void> {
    const documents = strapi.documents(uid);
    const { status: _, ...params } = query;
    const { entries } = await documents.delete({ ...params, documentId } as Parameters<typeof documents.delete>[0]);
    if (entries.length === 0) throw new errors.NotFoundError(`Nothing has the documentId "${documentId}"`);
  },
});

export default createContentApiService;
