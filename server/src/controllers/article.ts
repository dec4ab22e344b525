import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { SlugLookupMeta } from '../../../contracts/articles';
import { UID } from '../constants';
import { getService } from '../utils/get-service';
import { collectionActions, contentApiEdge } from './content-api';

const MAX_SLUG_PARAM = 400;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const edge = contentApiEdge(strapi, UID.article);

  return {
    ...collectionActions(strapi, UID.article),

    /** GET /articles/by-slug/:slug: current or former slug; `meta.slug` tells the client to redirect. */
    async findBySlug(ctx: Context) {
      const requested: unknown = ctx.params.slug;
      if (typeof requested !== 'string' || requested.length === 0 || requested.length > MAX_SLUG_PARAM) {
        throw new errors.ValidationError(`The slug must be 1 to ${MAX_SLUG_PARAM} characters long`);
      }
      const query = await edge.query(ctx);
      const { article, current } = await getService(strapi, 'article-lookup').findBySlug(requested, query);
      const meta: SlugLookupMeta = { slug: { requested, current, redirect: requested !== current } };
      return { data: await edge.output(article, ctx), meta };
    },
  };
};
