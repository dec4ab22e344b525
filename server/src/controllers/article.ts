import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SlugLookupMeta } from '../../../contracts/articles';
import { UID } from '../constants';
import { getService } from '../utils/get-service';

const MAX_SLUG_PARAM = 400;

export default factories.createCoreController(UID.article, ({ strapi }) => ({
  async findOne(ctx) {
    const response = await super.findOne(ctx);
    if (!response?.data) throw new errors.NotFoundError(`No article has the documentId "${ctx.params.id}"`);
    return response;
  },

  /** GET /articles/by-slug/:slug: current or former slug; `meta.slug` tells the client to redirect. */
  async findBySlug(ctx) {
    const requested: unknown = ctx.params.slug;
    if (typeof requested !== 'string' || requested.length === 0 || requested.length > MAX_SLUG_PARAM) {
      throw new errors.ValidationError(`The slug must be 1 to ${MAX_SLUG_PARAM} characters long`);
    }
    const contentType = strapi.contentType(UID.article);
    const options = { auth: ctx.state.auth };
    await strapi.contentAPI.validate.query(ctx.query, contentType, options);
    const query = await strapi.contentAPI.sanitize.query(ctx.query, contentType, options);
    const { article, current } = await getService(strapi, 'article-lookup').findBySlug(requested, query);
    const meta: SlugLookupMeta = { slug: { requested, current, redirect: requested !== current } };
    return { data: await strapi.contentAPI.sanitize.output(article, contentType, options), meta };
  },
}));
