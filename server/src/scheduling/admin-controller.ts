import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { parseId, valid } from '../shared/parsed';
import { getService } from '../get-service';
import { parseScheduleQuery, parseScheduleRequest } from './rules/schedule-input';

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
}
interface Ability {
  can(action: string, subject?: string): boolean;
}

const PUBLISH = 'plugin::content-manager.explorer.publish';

const idOf = (ctx: Context): number => {
  const id = parseId(ctx.params.id);
  if (id === null) throw new errors.ValidationError('The schedule entry id must be a positive integer');
  return id;
};

/** Scheduling a type is publishing it: the user also needs the Content Manager's publish permission on it. */
const assertCanPublish = (ctx: Context, uid: string): void => {
  const ability = ctx.state.userAbility as Ability | undefined;
  if (!ability?.can(PUBLISH, uid)) throw new errors.ForbiddenError(`You may not publish ${uid}`);
};

const nameOf = (user: AdminUser): string | null =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || null;

/** The calendar's and the edit view's API (admin routes under /newsroom), each behind its RBAC action. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const schedules = () => getService(strapi, 'schedules');
  return {
    async list(ctx: Context) {
      const query = valid(parseScheduleQuery(ctx.query as Record<string, unknown>, schedules().config().timezone));
      ctx.body = await schedules().list(query);
    },
    settings(ctx: Context) {
      ctx.body = { data: schedules().settings() };
    },
    async create(ctx: Context) {
      const input = valid(parseScheduleRequest(ctx.request.body, schedules().config().timezone));
      assertCanPublish(ctx, input.contentType);
      const user = ctx.state.user as AdminUser;
      const { entry, replaced } = await schedules().schedule(input, { id: user.id, name: nameOf(user) });
      ctx.status = replaced ? 200 : 201;
      ctx.body = { data: entry };
    },
    async cancel(ctx: Context) {
      const id = idOf(ctx);
      assertCanPublish(ctx, (await schedules().findRow(id)).contentType);
      ctx.body = { data: await schedules().cancel(id) };
    },
    async run(ctx: Context) {
      const id = idOf(ctx);
      assertCanPublish(ctx, (await schedules().findRow(id)).contentType);
      await getService(strapi, 'schedule-runner').runNow(id);
      ctx.body = { data: await schedules().findOne(id) };
    },
  };
};
