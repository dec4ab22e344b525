import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { valid } from '../../shared/parsed';
import { getService } from '../../get-service';
import { parseSearchQuery } from './rules/search-query';

/** `GET /articles/search`: parameters are checked here, before any query. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: Context) {
    const service = getService(strapi, 'search-articles');
    const request = valid(parseSearchQuery(ctx.query as Record<string, unknown>, service.config()));
    ctx.body = await service.search(request);
  },
});
