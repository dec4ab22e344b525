import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../get-service';
import { parseId, valid } from '../shared/parsed';
import { DuplicateCommentError, FloodError } from './comment-submission';
import { parseReport, parseSubmission, parseThreadQuery } from './rules/comment-input';

interface AuthState {
  strategy?: { name?: string };
  credentials?: { id?: number; username?: string | null; email?: string | null } | null;
}

/** The users-permissions account a reader is logged in with, if any. */
const accountOf = (ctx: Context) => {
  const auth = ctx.state.auth as AuthState | undefined;
  const user = auth?.strategy?.name === 'users-permissions' ? auth.credentials : null;
  return user?.id && user.email ? { id: user.id, name: user.username || user.email.split('@')[0], email: user.email } : null;
};

const queryOf = (ctx: Context): Record<string, unknown> => ctx.query as Record<string, unknown>;

/** Public comment routes: submit, read a thread, report. Access follows Users & Permissions. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const account = accountOf(ctx);
    const config = getService(strapi, 'comment-rules').config();
    const input = valid(parseSubmission(ctx.request.body, { maxLength: config.maxLength, honeypotField: config.honeypotField, account }));
    const sender = { ip: ctx.request.ip, userAgent: String(ctx.get('user-agent') ?? ''), userId: account?.id ?? null };
    try {
      const data = await getService(strapi, 'comment-submission').submit(ctx.params.documentId, queryOf(ctx).locale, input, sender);
      ctx.status = 201;
      ctx.body = { data, meta: {} };
    } catch (error) {
      if (error instanceof FloodError) ctx.set('Retry-After', String(error.retryAfter));
      if (error instanceof DuplicateCommentError) {
        ctx.status = 409;
        ctx.body = { data: null, error: { status: 409, name: error.name, message: error.message, details: {} } };
        return;
      }
      throw error;
    }
  },

  async thread(ctx: Context) {
    const { locale, ...rest } = queryOf(ctx);
    const query = valid(parseThreadQuery(rest));
    ctx.body = await getService(strapi, 'comment-threads').thread(ctx.params.documentId, locale, query);
  },

  async report(ctx: Context) {
    const id = parseId(ctx.params.id);
    if (id === null) throw new errors.ValidationError('The comment id must be a positive integer');
    const { reason } = valid(parseReport(ctx.request.body));
    const account = accountOf(ctx);
    await getService(strapi, 'comment-reports').report(id, reason, { ip: ctx.request.ip, userId: account?.id ?? null });
    ctx.status = 201;
    ctx.body = { data: { id, reported: true }, meta: {} };
  },
});
