/**
 * A second Strapi instance, in its own process, on the database named by the DATABASE_* variables
 * (behind a trusted proxy: SERVER_PROXY=true). Once loaded it prints `READY`, then reads one line
 * `GO <epoch ms> <json>` on stdin, where the JSON is a list of submissions
 * `{ article, data, ip }`; at that instant it sends them all at once through its own HTTP stack,
 * prints their statuses on a line `RESULT [...]`, and exits. Used to prove that the comment flood and
 * duplicate rules hold across instances sharing one database.
 */
import { createStrapi } from '@strapi/strapi';
import readline from 'readline';
import request from 'supertest';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';

interface Job {
  article: string;
  data: Record<string, unknown>;
  ip: string;
}

const main = async () => {
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND_DIST, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  strapi.server.mount();
  // No mail leaves a test (see captureEmails in ./comments).
  (strapi.plugin('email') as unknown as { provider: unknown }).provider = { send: async () => undefined };
  process.stdout.write('\nREADY\n');

  const line = await new Promise<string>((resolve) => {
    const rl = readline.createInterface({ input: process.stdin });
    rl.once('line', (text) => {
      rl.close();
      resolve(text);
    });
  });
  const [, at, ...json] = line.split(' ');
  const jobs = JSON.parse(json.join(' ')) as Job[];
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(at) - Date.now())));
  const statuses = await Promise.all(
    jobs.map(async (job) => {
      const res = await request(strapi.server.httpServer)
        .post(`/api/newsroom/articles/${job.article}/comments`)
        .set('X-Forwarded-For', job.ip)
        .send({ data: job.data });
      return res.status;
    })
  );
  process.stdout.write(`\nRESULT ${JSON.stringify(statuses)}\n`);
  await strapi.destroy();
  process.exit(0);
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
