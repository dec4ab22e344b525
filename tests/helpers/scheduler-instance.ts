/**
 * A second Strapi instance, in its own process, on the database named by the DATABASE_* variables,
 * with its scheduler running (NEWSROOM_SCHEDULE_* as set by the test). It counts the publish
 * operations it performs and the `entry.publish` events it emits, prints `READY` once loaded, and
 * on a `report` line on stdin prints `RESULT {"publishes":n,"events":n}` and exits. With
 * SCHEDULE_CREATE (a JSON list of documentIds) and SCHEDULE_AT (epoch ms) it first schedules their
 * publication through the plugin's service, prints `CREATED`, and exits without running them.
 */
import { createStrapi } from '@strapi/strapi';
import readline from 'readline';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';

const main = async () => {
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: false });
  let publishes = 0;
  let events = 0;
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action === 'publish') publishes += 1;
    return next();
  });
  await strapi.load();
  strapi.eventHub.on('entry.publish', () => {
    events += 1;
  });
  const create = process.env.SCHEDULE_CREATE;
  if (create) {
    const schedules = strapi.plugin('newsroom').service('schedules');
    for (const documentId of JSON.parse(create) as string[]) {
      await schedules.schedule(
        { contentType: 'plugin::newsroom.article', documentId, locale: null, action: 'publish', runAt: new Date(Number(process.env.SCHEDULE_AT)), timezone: 'Asia/Ho_Chi_Minh' },
        { id: null, name: 'instance B' }
      );
    }
    process.stdout.write('\nCREATED\n');
    await strapi.destroy();
    process.exit(0);
  }
  process.stdout.write('\nREADY\n');
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', async (line) => {
    if (line.trim() !== 'report') return;
    process.stdout.write(`\nRESULT ${JSON.stringify({ publishes, events })}\n`);
    await strapi.destroy();
    process.exit(0);
  });
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
