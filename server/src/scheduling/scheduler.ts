import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

const JOB = 'newsroom::scheduler';
/** setTimeout's longest delay; the cron tick covers anything further anyway. */
const TIMER_MAX_MS = 2 ** 31 - 1;

/**
 * The clock of this instance: a Strapi cron job every `tickSeconds` looks for due entries, and a
 * timer set for the next due entry (when it falls before the next tick) makes runs exact rather
 * than tick-aligned. Nothing here decides who runs what: the database claim does (schedule-runner).
 * At start-up the first pass runs every entry that fell due while no instance was up.
 */
const createSchedulerService = ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = 0;

  const config = () => getService(strapi, 'schedules').config();
  const runner = () => getService(strapi, 'schedule-runner');

  const armTimer = async (): Promise<void> => {
    if (stopped) return;
    const next = await runner().nextDue();
    if (!next || stopped) return;
    const at = Math.max(Date.now(), next.getTime());
    // Only entries due before the next tick need a timer of their own; keep an earlier one.
    if (at - Date.now() > config().tickSeconds * 1000 || (timer && timerAt <= at)) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      void pass();
    }, Math.min(TIMER_MAX_MS, at - Date.now() + 5));
  };

  /** One pass: every due entry, then the timer for the next; passes never overlap in one instance. */
  const pass = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await runner().runDue(() => !stopped);
          await armTimer();
        } catch (error) {
          strapi.log.error(`[newsroom] scheduler pass failed: ${(error as Error)?.message ?? error}`);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    async start(): Promise<void> {
      if (!config().enabled || !stopped) return;
      stopped = false;
      const overdue = await runner().overdue();
      if (overdue > 0) {
        strapi.log.info(`[newsroom] scheduler: ${overdue} entries fell due while no instance ran; running them now, oldest first`);
      }
      strapi.cron.add({ [JOB]: { task: () => pass(), options: { rule: `*/${config().tickSeconds} * * * * *` } } });
      void pass();
    },

    /** Stops the clock and waits for a pass under way (its entries finish; none is left `running`). */
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      strapi.cron.remove(JOB);
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },

    /** A new or changed entry: re-arm the timer at once rather than at the next tick. */
    wake(): void {
      if (stopped) return;
      void armTimer().catch(() => undefined);
    },

    /** Runs a pass now and waits for it (tests, run-now). */
    pass(): Promise<void> {
      return pass();
    },
  };
};

export default createSchedulerService;
