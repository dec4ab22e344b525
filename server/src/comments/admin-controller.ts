import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../get-service';
import { parseId, valid } from '../shared/parsed';
import { adminActor, type AdminUser } from './comment-moderation';
import { parseContent, parseModerateRequest, parseQueueQuery } from './rules/moderation-input';

const idOf = (ctx: Context): number => {
  const id = parseId(ctx.params.id);
  if (id === null) throw new errors.ValidationError('The comment id must be a positive integer');
  return id;
};
const userOf = (ctx: Context): AdminUser => ctx.state.user as AdminUser;

/** The moderation page's API (admin routes under /newsroom), each behind its RBAC action. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const moderation = () => getService(strapi, 'comment-moderation');
  const maxLength = () => getService(strapi, 'comment-rules').config().maxLength;
  return {
    async list(ctx: Context) {
      ctx.body = await moderation().list(valid(parseQueueQuery(ctx.query as Record<string, unknown>)));
    },
    async moderate(ctx: Context) {
      const { ids, status, reason } = valid(parseModerateRequest(ctx.request.body));
      ctx.body = { data: await moderation().moderate(ids, status, adminActor(userOf(ctx)), reason) };
    },
    async update(ctx: Context) {
      const { content } = valid(parseContent(ctx.request.body, maxLength()));
      ctx.body = { data: await moderation().edit(idOf(ctx), content, adminActor(userOf(ctx))) };
    },
    async remove(ctx: Context) {
      await moderation().remove(idOf(ctx));
      ctx.body = { data: { id: idOf(ctx), deleted: true } };
    },
    async reply(ctx: Context) {
      const { content } = valid(parseContent(ctx.request.body, maxLength()));
      ctx.status = 201;
      ctx.body = { data: await moderation().reply(idOf(ctx), content, userOf(ctx)) };
    },
    async history(ctx: Context) {
      ctx.body = { data: await moderation().history(idOf(ctx)) };
    },
  };
};
