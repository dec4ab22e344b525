/**
 * A second Strapi instance, in its own process, on the database named by the DATABASE_* variables:
 * at RACE_AT (epoch ms) it creates RACE_COUNT articles titled RACE_TITLE at once, prints their slugs
 * on a line `RESULT [...]`, and exits. Used to prove slugs stay unique across instances.
 */
import { createStrapi } from '@strapi/strapi';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';

const main = async () => {
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  const count = Number(process.env.RACE_COUNT);
  const title = String(process.env.RACE_TITLE);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.RACE_AT) - Date.now())));
  const docs = await Promise.all(
    Array.from({ length: count }, () => strapi.documents('plugin::newsroom.article').create({ data: { title } }))
  );
  process.stdout.write(`\nRESULT ${JSON.stringify(docs.map((doc) => doc.slug))}\n`);
  await strapi.destroy();
  process.exit(0);
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
