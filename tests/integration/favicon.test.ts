import fs from 'fs';
import path from 'path';
import { http } from '../helpers/http';
import { PLAYGROUND } from '../helpers/paths';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp | undefined;

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => stopStrapi(app));

// `strapi::favicon` serves <app root>/favicon.png at /favicon.ico; without the file every admin page
// logged a 500 for the browser's favicon request.
test('GET /favicon.ico serves the playground favicon', async () => {
  const res = await http(app!.strapi).get('/favicon.ico').buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^image\//);
  expect(Buffer.compare(res.body as Buffer, fs.readFileSync(path.join(PLAYGROUND, 'favicon.png')))).toBe(0);
});
