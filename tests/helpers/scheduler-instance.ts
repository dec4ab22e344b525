/**
 * A second Strapi instance ("B"), in its own process, on the database named by the DATABASE_*
 * variables, with its scheduler as NEWSROOM_SCHEDULER / NEWSROOM_SCHEDULE_* say. Used by
 * tests/integration/scheduling-instances.test.ts.
 *
 * It records the documentId of every publish operation it performs (a document-service middleware)
 * and of every `entry.publish` event it emits (what webhooks send), and prints `READY` once loaded.
 * On a `report` line on stdin (or SIGTERM) it stops its scheduler, lets the queued events go out,
 * prints `RESULT {"publishes":[ids],"events":[ids],"instance":"…"}`, and exits 0.
 *
 * With SCHEDULE_SLOW_MS every publish it performs waits that long first (inside the run's transaction):
 * a slow instance, whose batch outlasts its lease.
 *
 * With SCHEDULE_CREATE (a JSON list of article documentIds) it instead schedules their publication
 * through the plugin's schedules service, all at one instant SCHEDULE_IN_MS after it loaded, prints
 * `CREATED {"runAt":"…"}`, and exits normally (Strapi destroyed, scheduler stopped) before they fall due.
 */
import { createStrapi } from '@strapi/strapi';
import readline from 'readline';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';
import { waitForIdlePool } from './strapi';

const ARTICLE = 'plugin::newsroom.article';

const main = async () => {
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: false });
  const publishes: string[] = [];
  const events: string[] = [];
  const slowMs = Number(process.env.SCHEDULE_SLOW_MS ?? 0);
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action === 'publish') {
      publishes.push(String((ctx.params as { documentId?: string }).documentId));
      if (slowMs > 0) await new Promise((resolve) => setTimeout(resolve, slowMs));
    }
    return next();
  });
  await strapi.load();
  strapi.eventHub.on('entry.publish', (event: { uid?: string; entry?: { documentId?: string } }) => {
    if (event.uid === ARTICLE) events.push(String(event.entry?.documentId));
  });

  const create = process.env.SCHEDULE_CREATE;
  if (create) {
    const runAt = new Date(Date.now() + Number(process.env.SCHEDULE_IN_MS ?? 10000));
    const schedules = strapi.plugin('newsroom').service('schedules');
    for (const documentId of JSON.parse(create) as string[]) {
      await schedules.schedule(
        { contentType: ARTICLE, documentId, locale: null, action: 'publish', runAt, timezone: 'Asia/Ho_Chi_Minh' },
        { id: null, name: 'instance B' }
      );
    }
    process.stdout.write(`\nCREATED ${JSON.stringify({ runAt: runAt.toISOString() })}\n`);
    await strapi.destroy();
    process.exit(0);
  }

  let reporting = false;
  const report = async () => {
    if (reporting) return;
    reporting = true;
    await strapi.plugin('newsroom').service('scheduler').stop();
    // entry.publish goes out after the commit, after one more read: let those reads finish.
    await waitForIdlePool(strapi);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const instance = strapi.plugin('newsroom').service('schedule-runner').instance();
    process.stdout.write(`\nRESULT ${JSON.stringify({ publishes, events, instance })}\n`);
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void report());
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'report') void report();
  });
  process.stdout.write('\nREADY\n');
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
