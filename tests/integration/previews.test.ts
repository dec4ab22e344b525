import type { Core } from '@strapi/strapi';
import { adminLogin } from '../helpers/admin-api';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { ARTICLE, addLocale, createArticle, createByline } from '../helpers/content';
import { bearer, http } from '../helpers/http';
import { createAdminWith } from '../helpers/schedules';
import { shutdownStrapi, startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';

/**
 * Preview links through the real Strapi: made, listed and revoked in the admin API (with the
 * Content Manager's read permission), answered at /api/newsroom/previews/:token exactly as the
 * article REST route answers a trusted client, and nothing else to anyone.
 */

const LINK = 'plugin::newsroom.preview-link';
const FILE = 'plugin::upload.file';
const READ = 'plugin::content-manager.explorer.read';
const NOT_FOUND = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };

let app: TestApp | undefined;
let strapi: Core.Strapi;
let admin: Record<string, string>;
let reader: Record<string, string>;
let viReader: Record<string, string>;
let outsider: Record<string, string>;
let fullAccess: string;
let draftId: string;
let otherDraftId: string;
let publishedId: string;

const DRAFT_TITLE = 'Đắk Lắk: giá cà phê lập kỷ lục <b>mới</b>';
const OTHER_DRAFT = 'Tin mật: bài chưa duyệt KHONGLOTRA';
const VI_TITLE = 'Bản tiếng Việt: BANVIETCHUADUYET';

const api = (headers: Record<string, string>) => ({
  create: (body: unknown) => http(strapi).post('/newsroom/previews').set(headers).send(body as object),
  list: (query: Record<string, string>) => http(strapi).get('/newsroom/previews').set(headers).query(query),
  revoke: (id: number | string) => http(strapi).delete(`/newsroom/previews/${id}`).set(headers),
  settings: () => http(strapi).get('/newsroom/previews/settings').set(headers),
});
const preview = (token: string, query = '') => http(strapi).get(`/api/newsroom/previews/${token}${query}`);
const newLink = async (documentId = draftId, extra: Record<string, unknown> = {}) => {
  const res = await api(admin).create({ documentId, ...extra });
  expect(res.status).toBe(201);
  return res.body.data as { id: number; token: string; url: string; apiPath: string; status: string; expiresAt: string };
};
/** An admin who may read articles in the Content Manager, in these locales (as Settings › Roles saves it). */
const createReader = async (email: string, locales: string[]) => {
  const password = 'DocBai2026!';
  const role = await strapi.service('admin::role').create({ name: `role-${email}`, description: 'reads articles' });
  await strapi.service('admin::role').assignPermissions(role.id, [{ action: READ, subject: ARTICLE, properties: { locales }, conditions: [] }]);
  await strapi.service('admin::user').create({ email, password, firstname: 'Biên', lastname: 'Tập', isActive: true, roles: [role.id] });
  return { email, password };
};
/** What the article route answers a full-access token for the draft. */
const articleRoute = (documentId: string, query: string, headers: Record<string, string> = {}) =>
  http(strapi).get(`/api/newsroom/articles/${documentId}?status=draft${query}`).set({ ...bearer(fullAccess), ...headers });

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  await createSuperAdmin(strapi);
  await grantRole(strapi, 'public', PUBLIC_READ_ACTIONS);
  admin = bearer(await adminLogin(strapi, ADMIN));
  reader = bearer(await adminLogin(strapi, await createReader('doc@example.vn', ['en', 'vi'])));
  viReader = bearer(await adminLogin(strapi, await createReader('docvi@example.vn', ['vi'])));
  outsider = bearer(
    await adminLogin(strapi, await createAdminWith(strapi, 'ngoai@example.vn', [{ action: READ, subject: 'plugin::newsroom.byline' }]))
  );
  fullAccess = await createApiToken(strapi, 'full-access');

  const file = await strapi.db.query(FILE).create({
    data: { name: 'anh-bia.jpg', hash: 'anh_bia_p', ext: '.jpg', mime: 'image/jpeg', size: 12.5, url: '/uploads/anh_bia_p.jpg', provider: 'local', alternativeText: 'Vườn cà phê' },
  });
  const byline = await createByline(strapi, 'Thu Thủy', { email: 'thuthuy.rieng@example.vn' });
  const draft = await createArticle(strapi, {
    title: DRAFT_TITLE,
    lead: '(newsroom) – Sáng 14/10, giá cà phê nhân xô…',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung <script>alert(1)</script> chưa duyệt' }] }],
    cover: file.id,
    coverCaption: 'Thu hoạch cà phê ở Buôn Ma Thuột',
    bylines: [byline.documentId],
  });
  draftId = draft.documentId;
  await strapi.documents(ARTICLE).update({ documentId: draftId, locale: 'vi', data: { title: VI_TITLE } });
  otherDraftId = (await createArticle(strapi, { title: OTHER_DRAFT, bylines: [byline.documentId], cover: file.id })).documentId;
  publishedId = (await createArticle(strapi, { title: 'Bài đã đăng' }, { status: 'published' })).documentId;
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('making links (admin API)', () => {
  test('an admin who may read the article makes a link: a signed token shown once, a hash stored', async () => {
    const res = await api(reader).create({ documentId: draftId, locale: 'en' });
    expect(res.status).toBe(201);
    const link = res.body.data;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(link).toMatchObject({ documentId: draftId, locale: 'en', purpose: 'share', status: 'active', revokedAt: null });
    expect(link.createdBy.name).toBe('Biên Tập');
    expect(link.url).toBe(`/api/preview/${link.token}`);
    expect(link.apiPath).toBe(`/api/newsroom/previews/${link.token}`);
    // Default expiry: 48 h.
    const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    expect(link).not.toHaveProperty('tokenHash');
    // The token carries nothing readable, and the table holds no working token.
    const decoded = Buffer.from(link.token, 'base64url').toString('latin1');
    expect(decoded).not.toContain(draftId);
    const row = await strapi.db.query(LINK).findOne({ where: { id: link.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(JSON.stringify(row)).not.toContain(link.token.slice(0, 22));
    expect((await preview(row.tokenHash)).status).toBe(404);
  });

  test('no read permission on articles: 403 to make, list or revoke; no admin: 401', async () => {
    const link = await newLink();
    expect((await api(outsider).create({ documentId: draftId })).status).toBe(403);
    expect((await api(outsider).list({ documentId: draftId })).status).toBe(403);
    expect((await api(outsider).revoke(link.id)).status).toBe(403);
    expect((await api({}).create({ documentId: draftId })).status).toBe(401);
    expect((await api({}).list({ documentId: draftId })).status).toBe(401);
    expect((await api({}).revoke(link.id)).status).toBe(401);
    expect((await api(bearer(fullAccess)).create({ documentId: draftId })).status).toBe(401);
    expect((await preview(link.token)).status).toBe(200);
  });

  test('the Content Manager\'s locales count: a reader of Vietnamese only makes links to the Vietnamese draft only', async () => {
    expect((await api(viReader).create({ documentId: draftId, locale: 'vi' })).status).toBe(201);
    expect((await api(viReader).create({ documentId: draftId, locale: 'en' })).status).toBe(403);
    expect((await api(viReader).list({ documentId: draftId, locale: 'en' })).status).toBe(403);
    const en = await newLink(draftId, { locale: 'en' });
    expect((await api(viReader).revoke(en.id)).status).toBe(403);
  });

  test('bad requests: 400; a document or locale without a draft: 404', async () => {
    for (const body of [
      {},
      { documentId: 42 },
      { documentId: draftId, expiresInHours: 0 },
      { documentId: draftId, expiresInHours: 721 },
      { documentId: draftId, expiresInHours: 1.5 },
      { documentId: draftId, locale: "vi' OR 1=1" },
      { documentId: draftId, tokenHash: 'x' },
      { documentId: draftId, expiresAt: '2999-01-01' },
    ]) {
      const res = await api(admin).create(body);
      expect([body, res.status]).toEqual([body, 400]);
    }
    expect((await api(admin).create({ documentId: 'khongtontai000000000000' })).status).toBe(404);
    expect((await api(admin).create({ documentId: draftId, locale: 'fr' })).status).toBe(404);
    expect((await api(admin).revoke('abc')).status).toBe(400);
    expect((await api(admin).revoke(999999)).status).toBe(404);
  });

  test('expiresInHours sets the life of a link; settings tell the admin previews are on', async () => {
    const link = await newLink(draftId, { expiresInHours: 2 });
    const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    const settings = await api(reader).settings();
    expect(settings.status).toBe(200);
    expect(settings.body.data).toEqual({ enabled: true, expiryHours: 48, maxExpiryHours: 720 });
  });
});

describe('GET /api/newsroom/previews/:token', () => {
  test('answers the draft exactly as the article route answers a trusted client (parity)', async () => {
    const link = await newLink(draftId, { locale: 'en' });
    for (const [query, route] of [
      ['', ''],
      ['?populate=bylines', '&populate=bylines'],
      ['?populate=cover', '&populate=cover'],
      ['?populate=bylines,cover', '&populate[0]=bylines&populate[1]=cover'],
      ['?populate[0]=cover&populate[1]=bylines', '&populate[0]=bylines&populate[1]=cover'],
      ['?populate=bylines.avatar,cover', '&populate[bylines][populate][0]=avatar&populate[cover]=true'],
      ['?populate=*', '&populate[bylines][populate][0]=avatar&populate[cover]=true'],
    ]) {
      const res = await preview(link.token, query);
      const expected = await articleRoute(draftId, `&locale=en${route}`);
      expect([query, res.status]).toEqual([query, 200]);
      expect(expected.status).toBe(200);
      expect(res.body).toEqual(expected.body);
    }
    const res = await preview(link.token, '?populate=bylines,cover');
    expect(res.body.data).toMatchObject({ documentId: draftId, title: DRAFT_TITLE, publishedAt: null, locale: 'en' });
    expect(res.body.data.bylines[0].name).toBe('Thu Thủy');
    expect(res.body.data.bylines[0]).not.toHaveProperty('email');
    expect(res.body.data.cover.url).toBe('/uploads/anh_bia_p.jpg');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  test('parity holds in the v4 response format too', async () => {
    const link = await newLink();
    const v4 = { 'Strapi-Response-Format': 'v4' };
    const res = await preview(link.token, '?populate=bylines').set(v4);
    const expected = await articleRoute(draftId, '&locale=en&populate=bylines', v4);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected.body);
    expect(res.body.data).toHaveProperty('attributes');
  });

  test('the link answers the current draft, also after the article is published and edited again', async () => {
    const doc = await createArticle(strapi, { title: 'Bản nháp 1' });
    const link = await newLink(doc.documentId);
    expect((await preview(link.token)).body.data.title).toBe('Bản nháp 1');
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Bản nháp 2' } });
    expect((await preview(link.token)).body.data.title).toBe('Bản nháp 2');
    await strapi.documents(ARTICLE).publish({ documentId: doc.documentId });
    await strapi.documents(ARTICLE).update({ documentId: doc.documentId, data: { title: 'Bản sửa sau khi đăng' } });
    const res = await preview(link.token);
    expect(res.body.data.title).toBe('Bản sửa sau khi đăng');
    expect(res.body.data.publishedAt).toBeNull();
    // The public route still has the published version only.
    expect((await http(strapi).get(`/api/newsroom/articles/${doc.documentId}`)).body.data.title).toBe('Bản nháp 2');
  });

  test('a link is for one locale: the English link never shows the Vietnamese draft, and the other way round', async () => {
    const en = await newLink(draftId, { locale: 'en' });
    const vi = await newLink(draftId, { locale: 'vi' });
    expect((await preview(en.token)).body.data).toMatchObject({ title: DRAFT_TITLE, locale: 'en' });
    expect((await preview(vi.token)).body.data).toMatchObject({ title: VI_TITLE, locale: 'vi' });
    const res = await preview(en.token, '?populate=*');
    expect(JSON.stringify(res.body)).not.toContain('BANVIETCHUADUYET');
    expect(res.body.data).not.toHaveProperty('localizations');
  });

  test('no query parameter reaches another document, locale, status or field: 400, and no draft text', async () => {
    const link = await newLink();
    const attempts = [
      `?filters[documentId][$eq]=${otherDraftId}`,
      '?status=published',
      '?locale=vi',
      '?locale=*',
      `?documentId=${otherDraftId}`,
      '?fields[0]=title',
      '?sort=title',
      '?pagination[pageSize]=100',
      '?_q=KHONGLOTRA',
      '?populate=localizations',
      '?populate=createdBy',
      '?populate=updatedBy',
      '?populate[localizations]=true',
      '?populate[bylines][populate][articles]=true',
      '?populate[cover][populate][related]=true',
      '?populate=cover.related',
      '?populate=bylines.articles',
      '?populate[0]=*&populate[1]=localizations',
      '?populate[bylines][filters][name][$eq]=x',
      '?hasPublishedVersion=false',
      '?publicationFilter=never-published',
      '?populate=**',
    ];
    for (const query of attempts) {
      const res = await preview(link.token, query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.data).toBeNull();
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('KHONGLOTRA');
      expect(text).not.toContain('BANVIETCHUADUYET');
      expect(text).not.toContain(otherDraftId);
    }
  });

  test('the preview route opens no other door: drafts stay refused to public clients on every other route', async () => {
    const link = await newLink();
    expect((await preview(link.token)).status).toBe(200);
    expect((await http(strapi).get(`/api/newsroom/articles/${draftId}?status=draft`)).status).toBe(403);
    expect((await http(strapi).get(`/api/newsroom/articles/${otherDraftId}?status=draft`)).status).toBe(403);
    expect((await http(strapi).get(`/api/newsroom/articles?status=draft`)).status).toBe(403);
    expect((await http(strapi).get(`/api/newsroom/articles/${draftId}`)).status).toBe(404);
    // The token is no credential anywhere else.
    expect((await http(strapi).get(`/api/newsroom/articles/${draftId}?status=draft`).set(bearer(link.token))).status).toBe(401);
    expect((await http(strapi).get(`/api/newsroom/previews/${link.token}/../../articles/${otherDraftId}`)).status).not.toBe(200);
    // A published article's link shows its draft, and nothing of another document.
    const pub = await newLink(publishedId);
    const res = await preview(pub.token);
    expect(res.body.data).toMatchObject({ documentId: publishedId, publishedAt: null });
  });

  test('expired, revoked, tampered, truncated, garbage and huge tokens: one 404, the same body', async () => {
    const link = await newLink();
    const flip = (token: string, at: number) => token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    const bad = [
      flip(link.token, 0), // the id
      flip(link.token, 30),
      flip(link.token, 63), // the signature's last character
      link.token.slice(0, 63),
      link.token.slice(0, 43),
      `${link.token}A`,
      `${link.token}${link.token}`,
      link.token.replace(/-/g, '+').replace(/_/g, '/'),
      'A'.repeat(64),
      '0'.repeat(64),
      'garbage',
      encodeURIComponent('<script>alert(1)</script>'),
      encodeURIComponent("' OR 1=1 --"),
      '%00'.repeat(5),
      'x'.repeat(8000),
      encodeURIComponent('é'.repeat(64)),
    ];
    // `replace` of -/_ leaves a token without either unchanged: only real changes are bad tokens.
    for (const token of bad.filter((candidate) => candidate !== link.token)) {
      const res = await preview(token);
      expect([token.slice(0, 80), res.status]).toEqual([token.slice(0, 80), 404]);
      expect(res.body).toEqual(NOT_FOUND);
    }
    // A bad token with parameters is a 404 too (the token is checked first).
    expect((await preview(flip(link.token, 5), '?populate=localizations')).body).toEqual(NOT_FOUND);

    // Expired: moved into the past in the database.
    const expiring = await newLink();
    expect((await preview(expiring.token)).status).toBe(200);
    await strapi.db.query(LINK).update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await preview(expiring.token);
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual(NOT_FOUND);

    // Revoked in the admin API.
    const revoking = await newLink();
    const revoked = await api(reader).revoke(revoking.id);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data).toMatchObject({ id: revoking.id, status: 'revoked' });
    expect(revoked.body.data.revokedAt).toBeTruthy();
    expect((await api(reader).revoke(revoking.id)).body.data.revokedAt).toBe(revoked.body.data.revokedAt);
    const gone = await preview(revoking.token);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(NOT_FOUND);

    // A deleted document.
    const doomed = await createArticle(strapi, { title: 'Sẽ bị xoá' });
    const doomedLink = await newLink(doomed.documentId);
    await strapi.documents(ARTICLE).delete({ documentId: doomed.documentId });
    expect((await preview(doomedLink.token)).body).toEqual(NOT_FOUND);

    // The live link still answers.
    expect((await preview(link.token)).status).toBe(200);
  });

  test('the dialog lists one document\'s links (one locale) with their status, never a token', async () => {
    const doc = await createArticle(strapi, { title: 'Danh sách liên kết' });
    const a = await newLink(doc.documentId);
    const b = await newLink(doc.documentId);
    await api(admin).revoke(b.id);
    const c = await newLink(doc.documentId);
    await strapi.db.query(LINK).update({ where: { id: c.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await newLink(draftId);
    const res = await api(reader).list({ documentId: doc.documentId, locale: 'en' });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.data.map((l: { id: number; status: string }) => [l.id, l.status]));
    expect(byId).toEqual({ [a.id]: 'active', [b.id]: 'revoked', [c.id]: 'expired' });
    expect(JSON.stringify(res.body)).not.toContain(a.token);
    expect(JSON.stringify(res.body)).not.toMatch(/tokenHash|token"/);
    expect((await api(reader).list({ documentId: doc.documentId, locale: 'vi' })).status).toBe(404);
    expect((await api(reader).list({})).status).toBe(400);
  });
});

describe('the playground: preview page and the Preview panel', () => {
  test('the page shows the draft as a reader would, everything escaped; a bad token is a 404 page', async () => {
    const link = await newLink();
    const res = await http(strapi).get(link.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text).toContain('Đắk Lắk: giá cà phê lập kỷ lục &lt;b&gt;mới&lt;/b&gt;');
    expect(res.text).toContain('Nội dung &lt;script&gt;alert(1)&lt;/script&gt; chưa duyệt');
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('Thu Thủy');
    expect(res.text).toContain('/uploads/anh_bia_p.jpg');
    expect(res.text).toContain('Thu hoạch cà phê ở Buôn Ma Thuột');
    expect(res.text).not.toContain('KHONGLOTRA');
    const bad = await http(strapi).get(`/api/preview/${link.token.slice(0, 60)}`);
    expect(bad.status).toBe(404);
    expect(bad.text).not.toContain('Đắk Lắk');
  });

  test("Strapi's Preview panel gets a page URL for a user who may read the draft, the same one on each visit", async () => {
    const path = `/content-manager/preview/url/${ARTICLE}?documentId=${draftId}&locale=en&status=draft`;
    const first = await http(strapi).get(path).set(reader);
    expect(first.status).toBe(200);
    const url = new URL(first.body.data.url);
    expect(url.pathname).toMatch(/^\/api\/preview\/[A-Za-z0-9_-]{64}$/);
    // The same link on each visit (supertest's port changes from call to call, the path does not).
    const again = await http(strapi).get(path).set(reader);
    expect(new URL(again.body.data.url).pathname).toBe(url.pathname);
    const page = await http(strapi).get(url.pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Đắk Lắk');
    // Listed in the dialog as the panel's link, and revocable: the next visit gets a new one.
    const listed = await api(reader).list({ documentId: draftId, locale: 'en' });
    const panel = listed.body.data.filter((l: { purpose: string }) => l.purpose === 'panel');
    expect(panel).toHaveLength(1);
    const hours = (new Date(panel[0].expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(1);
    expect(hours).toBeLessThanOrEqual(2);
    await api(reader).revoke(panel[0].id);
    expect((await http(strapi).get(url.pathname)).status).toBe(404);
    const fresh = await http(strapi).get(path).set(reader);
    expect(new URL(fresh.body.data.url).pathname).not.toBe(url.pathname);
    expect((await http(strapi).get(new URL(fresh.body.data.url).pathname)).status).toBe(200);
    // No URL for a user who may not read articles, for the published tab, or for another type.
    expect((await http(strapi).get(path).set(outsider)).status).toBe(204);
    expect((await http(strapi).get(path.replace('status=draft', 'status=published')).set(reader)).status).toBe(204);
    expect((await http(strapi).get(`/content-manager/preview/url/api::section.section?documentId=x&status=draft`).set(admin)).status).toBe(204);
  });
});

describe('the secret', () => {
  test("'' turns previews off (every route 404, settings say so); a new secret voids every link", async () => {
    const link = await newLink();
    const db = await shutdownStrapi(app as TestApp);
    app = undefined;
    const before = process.env.NEWSROOM_PREVIEW_SECRET;
    try {
      process.env.NEWSROOM_PREVIEW_SECRET = '';
      app = await startStrapi({ db });
      strapi = app.strapi;
      const token = bearer(await adminLogin(strapi, ADMIN));
      expect((await preview(link.token)).body).toEqual(NOT_FOUND);
      expect((await http(strapi).get(link.url)).status).toBe(404);
      expect((await api(token).settings()).body.data.enabled).toBe(false);
      expect((await api(token).create({ documentId: draftId })).status).toBe(404);
      expect((await api(token).list({ documentId: draftId })).status).toBe(404);
      expect((await api(token).revoke(link.id)).status).toBe(404);
      const panel = await http(strapi).get(`/content-manager/preview/url/${ARTICLE}?documentId=${draftId}&locale=en&status=draft`).set(token);
      expect(panel.status).toBe(204);

      await shutdownStrapi(app);
      app = undefined;
      process.env.NEWSROOM_PREVIEW_SECRET = 'another-secret-of-at-least-32-characters!';
      app = await startStrapi({ db });
      strapi = app.strapi;
      expect((await preview(link.token)).body).toEqual(NOT_FOUND);
      const fresh = await api(bearer(await adminLogin(strapi, ADMIN))).create({ documentId: draftId });
      expect((await preview(fresh.body.data.token)).status).toBe(200);
    } finally {
      if (before === undefined) delete process.env.NEWSROOM_PREVIEW_SECRET;
      else process.env.NEWSROOM_PREVIEW_SECRET = before;
    }
  });
});
