import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { PREVIEW_MAX_EXPIRY_HOURS } from '../../../../contracts/previews';
import { parseId, valid } from '../../shared/parsed';
import { getService } from '../../get-service';
import { nameOf } from './preview-panel';
import type { AdminAbility } from './preview-targets';
import { parseCreateRequest, parseListQuery } from './rules/preview-input';

const abilityOf = (ctx: Context) => ctx.state.userAbility as AdminAbility | undefined;

/**
 * The edit view's "Share preview" dialog (admin routes under /newsroom): make, list and revoke
 * links to an article draft, for users who may read that draft in the Content Manager.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => getService(strapi, 'preview-links');
  const targets = () => getService(strapi, 'preview-targets');
  // Previews off (no secret): the routes are not there, as on the public side.
  const assertEnabled = () => {
    if (!links().enabled()) throw new errors.NotFoundError('Not Found');
  };

  return {
    settings(ctx: Context) {
      ctx.body = { data: links().settings() };
    },

    async list(ctx: Context) {
      assertEnabled();
      const { documentId, locale } = valid(parseListQuery(ctx.query as Record<string, unknown>));
      const target = await targets().findReadable(abilityOf(ctx), documentId, locale);
      ctx.body = { data: await links().list(target) };
    },

    async create(ctx: Context) {
      assertEnabled();
      const input = valid(
        parseCreateRequest(ctx.request.body, { defaultHours: links().config().expiryHours, maxHours: PREVIEW_MAX_EXPIRY_HOURS })
      );
      const target = await targets().findReadable(abilityOf(ctx), input.documentId, input.locale);
      const user = ctx.state.user as { id: number };
      ctx.status = 201;
      ctx.body = { data: await links().create(target, input.expiresInHours, { id: user.id, name: nameOf(user) }) };
    },

    async revoke(ctx: Context) {
      assertEnabled();
      const id = parseId(ctx.params.id);
      if (id === null) throw new errors.ValidationError('The preview link id must be a positive integer');
      const row = await links().findRow(id);
      // A link to a draft deleted since may still be revoked by anyone who may read articles.
      const found = await targets().find(row.targetDocumentId, row.targetLocale || null);
      if (!targets().canRead(abilityOf(ctx), found?.entity)) throw new errors.ForbiddenError('You may not read this article');
      ctx.body = { data: await links().revoke(id) };
    },
  };
};
