import { spawn } from 'child_process';
import type { Core } from '@strapi/strapi';
import path from 'path';
import { databaseKind } from '../helpers/database';
import { ROOT } from '../helpers/paths';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/** Starts tests/helpers/slug-racer.ts in its own process against the same database. */
const racer = (env: Record<string, string>) =>
  new Promise<string[]>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'esbuild-register', path.join(ROOT, 'tests/helpers/slug-racer.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)));
      else reject(new Error(`racer exited ${code}: ${err.slice(-2000)}`));
    });
  });

// SQLite is embedded: one Strapi process per database file.
const serverDatabase = databaseKind() === 'sqlite' ? describe.skip : describe;

serverDatabase('several Strapi instances on one database', () => {
  let app: TestApp | undefined;
  let strapi: Core.Strapi;

  beforeAll(async () => {
    app = await startStrapi();
    strapi = app.strapi;
  });
  afterAll(() => stopStrapi(app));

  test('writes racing from two instances still get unique slugs', async () => {
    const title = 'Hai máy chủ cùng đăng một tiêu đề';
    const count = 6;
    const at = Date.now() + 8000; // time for the second instance to boot
    const env = { ...app!.db.env, RACE_AT: String(at), RACE_COUNT: String(count), RACE_TITLE: title };
    const other = racer(env);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    const here = await Promise.all(
      Array.from({ length: count }, () => strapi.documents('plugin::newsroom.article').create({ data: { title } }))
    );
    const slugs = [...here.map((doc) => doc.slug), ...(await other)];
    expect(slugs).toHaveLength(2 * count);
    expect(new Set(slugs).size).toBe(2 * count);
  });
});
