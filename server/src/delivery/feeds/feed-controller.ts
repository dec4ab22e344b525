import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { valid } from '../../shared/parsed';
import { getService } from '../../get-service';
import { publicUrls, sendXml } from './feed-edge';
import { parseNoQuery, parsePageNumber, parseRssQuery } from './rules/feed-query';

const queryOf = (ctx: Context): Record<string, unknown> => ctx.query as Record<string, unknown>;

/** RSS and sitemaps; parameters are checked here, before any query. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rss(ctx: Context) {
    const query = valid(parseRssQuery(queryOf(ctx), getService(strapi, 'feed-sections').configured()));
    sendXml(strapi, ctx, await getService(strapi, 'feed-rss').render(query, publicUrls(strapi, ctx)), 'application/rss+xml');
  },

  async news(ctx: Context) {
    valid(parseNoQuery(queryOf(ctx)));
    sendXml(strapi, ctx, await getService(strapi, 'sitemap-news').render(), 'application/xml');
  },

  async index(ctx: Context) {
    valid(parseNoQuery(queryOf(ctx)));
    sendXml(strapi, ctx, await getService(strapi, 'sitemap-articles').index(publicUrls(strapi, ctx).api), 'application/xml');
  },

  async articles(ctx: Context) {
    valid(parseNoQuery(queryOf(ctx)));
    const page = parsePageNumber(ctx.params.page);
    if (page === null) throw new errors.ValidationError('The page must be a whole number from 1, as in articles-1.xml');
    const document = await getService(strapi, 'sitemap-articles').page(page);
    if (!document) throw new errors.NotFoundError(`No sitemap page ${page}`);
    sendXml(strapi, ctx, document, 'application/xml');
  },
});
