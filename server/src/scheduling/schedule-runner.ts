import crypto from 'crypto';
import os from 'os';
import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ScheduleOutcome } from '../../../contracts/schedules';
import { UID } from '../constants';
import { getService } from '../get-service';
import { retryDelaySeconds, shouldRetry } from './rules/retry-backoff';
import type { ScheduleRow } from './schedule-rows';
import { ACTIVE } from './schedules';

/** Entries of one batch run side by side (each in a transaction of its own, so each holds a connection). */
const RUN_CONCURRENCY = 3;
const ERROR_MAX = 1000;

/** The document is gone: the entry is cancelled, not retried. */
class DocumentGone extends Error {}

type Ran = { id: number; status: 'done' | 'cancelled' | 'scheduled' | 'failed' | 'lost'; outcome: ScheduleOutcome | null };

/**
 * Runs due entries exactly once, however many instances share the database. An instance claims
 * a batch with one conditional UPDATE (only rows still due and unclaimed change; the database
 * serialises racing claims on the rows themselves) and takes a lease: while it runs an entry,
 * the entry's `dueAt` is the lease's end, so if the instance dies the entry falls due again and
 * any live instance takes it over. The run itself is one transaction that first turns the entry
 * `done` on condition that this claim still holds it, then publishes: a takeover after a slow
 * run, or a publication by hand, finds the row already changed and does nothing.
 */
const createScheduleRunnerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const rows = () => strapi.db.query(UID.schedule);
  const config = () => getService(strapi, 'schedules').config();
  const targets = () => getService(strapi, 'schedule-targets');
  let claims = 0;

  const claim = async (limit: number, ids?: number[]): Promise<{ token: string; rows: ScheduleRow[] }> => {
    const now = new Date();
    const due = { status: { $in: ACTIVE }, dueAt: { $lte: now }, ...(ids ? { id: { $in: ids } } : {}) };
    const candidates = await rows().findMany({
      where: due,
      select: ['id'],
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      limit,
    });
    const token = `${instance}:${(claims += 1)}`;
    if (candidates.length === 0) return { token, rows: [] };
    const lease = { status: 'running', claimedBy: token, dueAt: new Date(now.getTime() + config().leaseSeconds * 1000) };
    // One row at a time, by primary key, with the same conditions again: a row another instance
    // claimed meanwhile no longer matches. One UPDATE over the batch would lock a range of the
    // (status, due_at) index on InnoDB and deadlock with another instance finishing an entry there.
    for (const { id } of candidates) {
      await rows().updateMany({ where: { id, status: { $in: ACTIVE }, dueAt: { $lte: now } }, data: lease });
    }
    const claimed = (await rows().findMany({
      where: { claimedBy: token, status: 'running' },
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    })) as ScheduleRow[];
    return { token, rows: claimed };
  };

  /** Publishes or unpublishes, unless a hand already did it; the outcome says which. */
  const perform = async (row: ScheduleRow): Promise<ScheduleOutcome> => {
    const uid = row.contentType as StrapiUID.ContentType;
    const locale = row.targetLocale ?? '';
    if (!(await targets().exists(uid, row.targetDocumentId, locale))) throw new DocumentGone();
    const publishedAt = await targets().publishedAt(uid, row.targetDocumentId, locale);
    const params = { documentId: row.targetDocumentId, ...(locale ? { locale } : {}) };
    if (row.action === 'publish') {
      if (publishedAt && publishedAt >= new Date(row.requestedAt)) return 'already-published';
      await strapi.documents(uid).publish(params);
      return 'published';
    }
    if (!publishedAt) return 'not-published';
    await strapi.documents(uid).unpublish(params);
    return 'unpublished';
  };

  const finish = async (row: ScheduleRow, token: string, data: Record<string, unknown>): Promise<boolean> => {
    const { count } = await rows().updateMany({ where: { id: row.id, status: 'running', claimedBy: token }, data });
    return count === 1;
  };

  const runClaimed = async (row: ScheduleRow, token: string, byHand = false): Promise<Ran> => {
    const attempts = (row.attempts ?? 0) + 1;
    const missedAfter = config().missedAfterMinutes;
    if (!byHand && missedAfter > 0 && (row.attempts ?? 0) === 0 && Date.now() - new Date(row.runAt).getTime() > missedAfter * 60000) {
      const marked = await finish(row, token, {
        status: 'failed',
        outcome: 'missed',
        lastError: `Missed: due ${new Date(row.runAt).toISOString()}, more than ${missedAfter} min before this instance ran`,
        ranAt: new Date(),
        claimedBy: null,
      });
      if (marked) strapi.log.warn(`[newsroom] schedule ${row.id} (${row.action} ${row.targetDocumentId}) missed`);
      return { id: row.id, status: marked ? 'failed' : 'lost', outcome: 'missed' };
    }
    try {
      const outcome = await strapi.db.transaction(async () => {
        const data = { status: 'done', ranAt: new Date(), attempts, lastError: null, claimedBy: null };
        if (!(await finish(row, token, data))) return null;
        const result = await perform(row);
        await rows().update({ where: { id: row.id }, data: { outcome: result } });
        return result;
      });
      return outcome === null ? { id: row.id, status: 'lost', outcome: null } : { id: row.id, status: 'done', outcome };
    } catch (error) {
      if (error instanceof DocumentGone) {
        const data = { status: 'cancelled', outcome: 'document-deleted', ranAt: new Date(), attempts, claimedBy: null };
        return { id: row.id, status: (await finish(row, token, data)) ? 'cancelled' : 'lost', outcome: 'document-deleted' };
      }
      const message = String((error as Error)?.message ?? error).slice(0, ERROR_MAX);
      const retry = shouldRetry(attempts, config().maxAttempts);
      const dueAt = new Date(Date.now() + retryDelaySeconds(attempts, config().retryBaseSeconds) * 1000);
      const data = retry
        ? { status: 'scheduled', dueAt, attempts, lastError: message, outcome: 'error', claimedBy: null }
        : { status: 'failed', attempts, lastError: message, outcome: 'error', ranAt: new Date(), claimedBy: null };
      const marked = await finish(row, token, data);
      strapi.log.warn(
        `[newsroom] schedule ${row.id} (${row.action} ${row.contentType} ${row.targetDocumentId}) failed, attempt ${attempts}: ${message}` +
          (retry ? `; retry at ${dueAt.toISOString()}` : '; no more retries')
      );
      return { id: row.id, status: marked ? (retry ? 'scheduled' : 'failed') : 'lost', outcome: 'error' };
    }
  };

  const runAll = async (claimed: ScheduleRow[], token: string, byHand = false): Promise<Ran[]> => {
    const results: Ran[] = [];
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const row = claimed[next++];
        results.push(await runClaimed(row, token, byHand));
      }
    };
    await Promise.all(Array.from({ length: Math.min(RUN_CONCURRENCY, claimed.length) }, worker));
    return results;
  };

  return {
    instance(): string {
      return instance;
    },

    /** Runs one batch of due entries, oldest first; how many were claimed (a full batch: call again). */
    async runBatch(): Promise<{ claimed: number; results: Ran[] }> {
      const { token, rows: claimed } = await claim(config().batchSize);
      return { claimed: claimed.length, results: await runAll(claimed, token) };
    },

    /** Runs every due entry, batch after batch, until none is due (or `keepGoing` says stop: shutdown). */
    async runDue(keepGoing: () => boolean = () => true): Promise<Ran[]> {
      const all: Ran[] = [];
      for (;;) {
        const { claimed, results } = await this.runBatch();
        all.push(...results);
        if (claimed < config().batchSize || !keepGoing()) return all;
      }
    },

    /** "Run now" from the admin: a scheduled or failed entry is made due and run here. */
    async runNow(id: number): Promise<void> {
      const row = await getService(strapi, 'schedules').findRow(id);
      if (row.status !== 'scheduled' && row.status !== 'failed') {
        throw new errors.ValidationError(`Entry ${id} is ${row.status}: only a scheduled or failed entry can be run`);
      }
      // A failed entry gets one attempt more: if it fails again, it is past the limit and stays failed.
      const { count } = await rows().updateMany({
        where: { id, status: row.status },
        data: { status: 'scheduled', dueAt: new Date() },
      });
      if (count !== 1) throw new errors.ValidationError(`Entry ${id} changed meanwhile; reload it`);
      // An editor's "run now" overrides `missedAfterMinutes`: a missed entry runs when asked to.
      const { token, rows: claimed } = await claim(1, [id]);
      await runAll(claimed, token, true);
    },

    /** Overdue entries now (for the start-up log). */
    async overdue(): Promise<number> {
      return rows().count({ where: { status: { $in: ACTIVE }, dueAt: { $lte: new Date() } } });
    },

    /** When the next entry falls due, if any. */
    async nextDue(): Promise<Date | null> {
      // One lookup per status: each reads the first entry of its (status, dueAt) index range,
      // where one query over both statuses could sort every waiting entry.
      const firsts = await Promise.all(
        ACTIVE.map((status) => rows().findOne({ where: { status }, select: ['id', 'dueAt'], orderBy: [{ dueAt: 'asc' }] }))
      );
      const times = firsts.flatMap((row) => (row?.dueAt ? [new Date(row.dueAt as string).getTime()] : []));
      return times.length > 0 ? new Date(Math.min(...times)) : null;
    },
  };
};

export default createScheduleRunnerService;
