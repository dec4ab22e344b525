import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  SCHEDULE_STATUSES,
  type ScheduleEntry,
  type ScheduleListResponse,
  type ScheduleSettings,
  type ScheduleStatus,
} from '../../../contracts/schedules';
import type { NewsroomConfig } from '../../../contracts/config';
import { UID } from '../constants';
import { getService } from '../get-service';
import type { ScheduleInput, ScheduleQuery } from './rules/schedule-input';
import { targetKey, toEntry, type ScheduleRow } from './schedule-rows';
import { fieldError } from '../shared/parsed';

/** Who asked (an admin user), kept on the entry. */
export interface ScheduleActor {
  id: number | null;
  name: string | null;
}

/** Entries that still stand for their document: waiting, or being run. */
export const ACTIVE: ScheduleStatus[] = ['scheduled', 'running'];

/** The schedule entries: create or replace, cancel, list, and what a document's own writes do to them. */
const createSchedulesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.schedule);
  const targets = () => getService(strapi, 'schedule-targets');

  const withTitles = async (list: ScheduleRow[]): Promise<ScheduleEntry[]> => {
    const titles = await targets().titles(
      list.map((row) => ({ uid: row.contentType, documentId: row.targetDocumentId, locale: row.targetLocale ?? '' }))
    );
    return list.map((row) => toEntry(row, titles.get(targetKey(row)) ?? null));
  };

  return {
    config(): NewsroomConfig['scheduling'] {
      return strapi.config.get('plugin::newsroom.scheduling') as NewsroomConfig['scheduling'];
    },

    settings(): ScheduleSettings {
      const { timezone, tickSeconds } = this.config();
      return { timezone, tickSeconds, contentTypes: targets().uids() };
    },

    async findRow(id: number): Promise<ScheduleRow> {
      const row = (await rows().findOne({ where: { id } })) as ScheduleRow | null;
      if (!row) throw new errors.NotFoundError(`No schedule entry ${id}`);
      return row;
    },

    async findOne(id: number): Promise<ScheduleEntry> {
      const [entry] = await withTitles([await this.findRow(id)]);
      return entry;
    },

    async list(query: ScheduleQuery): Promise<ScheduleListResponse> {
      const where: Record<string, unknown> = {};
      if (query.contentType) where.contentType = query.contentType;
      if (query.documentId) where.targetDocumentId = query.documentId;
      if (query.locale) where.targetLocale = query.locale;
      const runAt: Record<string, Date> = {};
      if (query.from) runAt.$gte = query.from;
      if (query.to) runAt.$lt = query.to;
      if (Object.keys(runAt).length > 0) where.runAt = runAt;
      const filtered = query.statuses.length > 0 ? { ...where, status: { $in: query.statuses } } : where;
      const [list, total, ...counts] = await Promise.all([
        rows().findMany({
          where: filtered,
          orderBy: [{ runAt: query.sort }, { id: query.sort }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        rows().count({ where: filtered }),
        ...SCHEDULE_STATUSES.map((status) => rows().count({ where: { ...where, status } })),
      ]);
      return {
        data: await withTitles(list as ScheduleRow[]),
        meta: {
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(total / query.pageSize),
            total,
          },
          counts: Object.fromEntries(SCHEDULE_STATUSES.map((s, i) => [s, counts[i]])) as Record<ScheduleStatus, number>,
        },
      };
    },

    /**
     * Creates the entry, or replaces the one waiting with the same type, document, locale and
     * action (the old one is kept as `cancelled`/`replaced`). Refused (400/404) when it could not
     * run: an unknown document or locale, a time past, a draft that could not be published, an
     * unpublication before the publication.
     */
    async schedule(input: ScheduleInput, actor: ScheduleActor): Promise<{ entry: ScheduleEntry; replaced: boolean }> {
      const { contentType: uid, documentId, action, runAt, timezone } = input;
      targets().assertSchedulable(uid);
      const locale = await targets().localeFor(uid, input.locale);
      await targets().assertExists(uid, documentId, locale);
      if (runAt.getTime() <= Date.now()) {
        throw new errors.ValidationError(`runAt ${runAt.toISOString()} is in the past`, {
          errors: [fieldError('runAt', 'runAt is in the past')],
        });
      }
      if (action === 'publish') await targets().assertPublishable(uid, documentId, locale);
      const key = { contentType: uid, targetDocumentId: documentId, targetLocale: locale };

      const result = await getService(strapi, 'write-lock').withLock(`schedule:${uid}:${locale}`, async () => {
        const waiting = (await rows().findMany({ where: { ...key, status: { $in: ACTIVE } } })) as ScheduleRow[];
        const other = waiting.find((row) => row.action !== action);
        if (other && action === 'unpublish' && new Date(other.runAt) >= runAt) {
          throw new errors.ValidationError(
            `The unpublication must come after the scheduled publication (${new Date(other.runAt).toISOString()})`
          );
        }
        if (other && action === 'publish' && new Date(other.runAt) <= runAt) {
          throw new errors.ValidationError(
            `The publication must come before the scheduled unpublication (${new Date(other.runAt).toISOString()})`
          );
        }
        const same = waiting.filter((row) => row.action === action);
        if (same.some((row) => row.status === 'running')) {
          throw new errors.ValidationError('This entry is running now; schedule again when it has run');
        }
        if (same.length > 0) {
          await rows().updateMany({
            where: { id: { $in: same.map((row) => row.id) }, status: 'scheduled' },
            data: { status: 'cancelled', outcome: 'replaced' },
          });
        }
        const now = new Date();
        const created = await rows().create({
          data: {
            ...key,
            action,
            runAt,
            dueAt: runAt,
            timezone,
            status: 'scheduled',
            attempts: 0,
            requestedAt: now,
            authorId: actor.id,
            authorName: actor.name,
          },
        });
        return { row: created as ScheduleRow, replaced: same.length > 0 };
      });
      const [entry] = await withTitles([result.row]);
      getService(strapi, 'scheduler').wake();
      return { entry, replaced: result.replaced };
    },

    /** Cancels a waiting entry (a running one has its claim; a finished one is history). */
    async cancel(id: number): Promise<ScheduleEntry> {
      const row = await this.findRow(id);
      if (row.status !== 'scheduled' && row.status !== 'failed') {
        throw new errors.ValidationError(`Entry ${id} is ${row.status}: only a scheduled or failed entry can be cancelled`);
      }
      const { count } = await rows().updateMany({
        where: { id, status: row.status },
        data: { status: 'cancelled', outcome: 'cancelled' },
      });
      if (count !== 1) throw new errors.ValidationError(`Entry ${id} changed meanwhile; reload it`);
      return this.findOne(id);
    },

    /**
     * A document published by hand: its waiting publish entries are done. Called inside the
     * publication's transaction, before it writes, so that a scheduler run of the same entry
     * (which holds the entry's row) and this publication take turns on that row.
     */
    async publishedByHand(uid: string, documentId: string, locales: string[] | null): Promise<void> {
      await rows().updateMany({
        where: {
          contentType: uid,
          targetDocumentId: documentId,
          ...(locales ? { targetLocale: { $in: locales } } : {}),
          action: 'publish',
          status: { $in: ACTIVE },
        },
        data: { status: 'done', outcome: 'published-by-hand', ranAt: new Date(), claimedBy: null },
      });
    },

    /** A document deleted (in one locale, or all): its waiting entries are cancelled. */
    async documentDeleted(uid: string, documentId: string, locale: string | null): Promise<void> {
      await rows().updateMany({
        where: {
          contentType: uid,
          targetDocumentId: documentId,
          ...(locale !== null ? { targetLocale: locale } : {}),
          status: { $in: [...ACTIVE, 'failed'] },
        },
        data: { status: 'cancelled', outcome: 'document-deleted', claimedBy: null },
      });
    },
  };
};

export default createSchedulesService;
