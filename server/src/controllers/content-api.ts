import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { NewsroomUID } from '../constants';
import type { Query } from '../services/content-api';
import { getService } from '../utils/get-service';

type Entry = Record<string, unknown>;

/**
 * The edge of the content API for one collection: validate and sanitize the query and body for the
 * caller's permissions, call the service, sanitize what goes out. Strapi's core controllers do the
 * same; these avoid a run-time import of `@strapi/strapi` (see services/content-api).
 */
export const contentApiEdge = (strapi: Core.Strapi, uid: NewsroomUID) => {
  const contentType = () => strapi.contentType(uid);
  const options = (ctx: Context) => ({ auth: ctx.state.auth ?? {}, route: ctx.state.route });

  return {
    async query(ctx: Context): Promise<Query> {
      await strapi.contentAPI.validate.query(ctx.query, contentType(), options(ctx));
      return (await strapi.contentAPI.sanitize.query(ctx.query, contentType(), options(ctx))) as Query;
    },

    async input(ctx: Context): Promise<Entry> {
      const data: unknown = (ctx.request as { body?: { data?: unknown } }).body?.data;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new errors.ValidationError('Missing "data" payload in the request body');
      }
      await strapi.contentAPI.validate.input(data, contentType(), options(ctx));
      return (await strapi.contentAPI.sanitize.input(data, contentType(), options(ctx))) as Entry;
    },

    output<T>(data: T, ctx: Context): Promise<T> {
      return strapi.contentAPI.sanitize.output(data, contentType(), { auth: ctx.state.auth ?? {} }) as Promise<T>;
    },
  };
};

/** find, findOne, create, update and delete for one collection, as Strapi users expect them. */
export const collectionActions = (strapi: Core.Strapi, uid: NewsroomUID) => {
  const edge = contentApiEdge(strapi, uid);
  const service = () => getService(strapi, 'content-api');

  return {
    async find(ctx: Context) {
      const { results, pagination } = await service().find(uid, await edge.query(ctx));
      return { data: await edge.output(results, ctx), meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const entry = await service().findOne(uid, ctx.params.id, await edge.query(ctx));
      return { data: await edge.output(entry, ctx), meta: {} };
    },

    async create(ctx: Context) {
      const query = await edge.query(ctx);
      const entry = await service().create(uid, query, await edge.input(ctx));
      ctx.status = 201;
      return { data: await edge.output(entry, ctx), meta: {} };
    },

    async update(ctx: Context) {
      const query = await edge.query(ctx);
      const entry = await service().update(uid, ctx.params.id, query, await edge.input(ctx));
      return { data: await edge.output(entry, ctx), meta: {} };
    },

    async delete(ctx: Context) {
      await service().delete(uid, ctx.params.id, await edge.query(ctx));
      ctx.status = 204;
    },
  };
};
