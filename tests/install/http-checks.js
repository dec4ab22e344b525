// The install test's checks against the running host app (see run.sh): node http-checks.js <url> <report.json>
// Prints `ok: <check>` / `FAILED: <check>` per check and exits 1 if any failed. Node 20, no dependencies.
'use strict';

const fs = require('fs');
const assert = require('assert/strict');

const [url, reportFile] = process.argv.slice(2);
let failures = 0;

const check = async (name, fn) => {
  try {
    await fn();
    console.log(`ok: ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`FAILED: ${name}`);
    console.log(String(error && error.stack ? error.stack : error).replace(/^/gm, '    | '));
  }
};

const get = async (path) => {
  const res = await fetch(url + path, { headers: { Accept: 'application/json' } });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body };
};

/** Strapi's error shape: `{ data: null, error: { status, name, message, details } }`. */
const expectError = (res, status, name) => {
  assert.equal(res.status, status, `status ${res.status}: ${JSON.stringify(res.body)}`);
  assert.equal(res.body.data, null);
  assert.equal(res.body.error.status, status);
  assert.equal(res.body.error.name, name);
  assert.equal(typeof res.body.error.message, 'string');
};

const TITLE = 'Đắk Lắk: giá cà phê tăng mạnh đầu vụ';
const SLUG = 'dak-lak-gia-ca-phe-tang-manh-dau-vu';

(async () => {
  await check('the plugin content types load: plugin::newsroom.article, plugin::newsroom.byline', () => {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    for (const uid of ['plugin::newsroom.article', 'plugin::newsroom.byline']) {
      assert.ok(report.contentTypes.includes(uid), `${uid} missing from ${report.contentTypes.join(', ')}`);
    }
  });

  await check("the host's plugin config is applied (slug.maxLength 100, defaults merged)", () => {
    const { config } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    assert.deepEqual(config.slug, { maxLength: 100 }); // from the host's config/plugins.ts
    assert.deepEqual(config.drafts, { readOnlyTokens: false }); // the plugin's default
  });

  await check('GET /api/newsroom/articles → 200 { data, meta }, with the Vietnamese slug written by the plugin', async () => {
    const res = await get('/api/newsroom/articles');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(Array.isArray(res.body.data));
    assert.ok(res.body.meta && res.body.meta.pagination, 'meta.pagination');
    const article = res.body.data.find((a) => a.title === TITLE);
    assert.ok(article, `no article titled ${TITLE}`);
    assert.equal(article.slug, SLUG);
  });

  await check('GET /api/newsroom/articles/by-slug/:slug → 200', async () => {
    const res = await get(`/api/newsroom/articles/by-slug/${SLUG}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.data.title, TITLE);
  });

  await check('GET /api/newsroom/bylines → 200 { data, meta }', async () => {
    const res = await get('/api/newsroom/bylines');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(Array.isArray(res.body.data) && res.body.meta);
  });

  await check('GET /api/newsroom/articles/does-not-exist → 404 NotFoundError (not 500)', async () => {
    expectError(await get('/api/newsroom/articles/does-not-exist'), 404, 'NotFoundError');
  });

  await check('GET /api/newsroom/articles?filters[nope][$eq]=1 → 400 ValidationError', async () => {
    expectError(await get('/api/newsroom/articles?filters[nope][$eq]=1'), 400, 'ValidationError');
  });

  await check('GET /api/newsroom/articles?status=draft (public role) → 403 PolicyError', async () => {
    expectError(await get('/api/newsroom/articles?status=draft'), 403, 'PolicyError');
  });

  await check('GET /admin → 200, the built admin panel', async () => {
    const res = await fetch(`${url}/admin`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<html/i);
  });

  process.exit(failures ? 1 : 0);
})();
