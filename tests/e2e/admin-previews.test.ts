import type { Browser, Locator, Page } from 'playwright-core';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { launchBrowser, screenshot } from '../helpers/browser';
import { ARTICLE, createArticle, createByline } from '../helpers/content';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/**
 * Preview links in the admin, in Chromium: "Share preview" in the edit view makes a link; a fresh
 * browser (no admin cookies) opens it and reads the draft on the playground's preview page; the
 * dialog revokes it; Strapi's Preview shows the same page; the dialog in Vietnamese.
 */

const LINK = 'plugin::newsroom.preview-link';
const TITLE = 'Lâm Đồng: hoa mai anh đào nở sớm <i>bất thường</i>';
let app: (TestApp & { url?: string }) | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
let doc: { documentId: string; locale?: string | null };

const login = async (target: Page) => {
  await target.goto(`${base}/admin/auth/login`);
  await target.getByLabel(/email/i).fill(ADMIN.email);
  await target.getByLabel(/^password/i).fill(ADMIN.password);
  await target.getByRole('button', { name: /login/i }).click();
  await target.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60000 });
};

const editView = () => `${base}/admin/content-manager/collection-types/${ARTICLE}/${doc.documentId}?plugins[i18n][locale]=en`;

/** Opens the "Share preview" dialog: a button of its own, or an item of the edit view's "more actions" menu. */
const openShareDialog = async (label: string): Promise<Locator> => {
  await page.getByRole('heading', { name: TITLE }).waitFor({ timeout: 60000 });
  const button = page.getByRole('button', { name: label, exact: true });
  if ((await button.count()) > 0) {
    await button.first().click();
  } else {
    // Past Publish and Save, the side panel's document actions are in its menu.
    await page.getByRole('button', { name: 'More document actions' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  }
  const dialog = page.locator('[data-newsroom="preview-dialog"]');
  await dialog.waitFor({ timeout: 30000 });
  return dialog;
};

beforeAll(async () => {
  app = await startStrapi({ admin: true });
  base = app.url as string;
  await createSuperAdmin(app.strapi);
  const byline = await createByline(app.strapi, 'Công Luận');
  doc = await createArticle(app.strapi, {
    title: TITLE,
    lead: '(newsroom) – Những ngày cuối năm, Đà Lạt rực hồng.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Du khách đổ về hồ Xuân Hương <script>window.__pwned=1</script>' }] }],
    bylines: [byline.documentId],
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  await login(page);
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(app);
});

test('Share preview makes a link; a browser without an admin session reads the draft; revoking ends it', async () => {
  await page.goto(editView());
  const dialog = await openShareDialog('Share preview');
  // The edit view's Preview panel may already have made its own link: the list shows it as such.
  await expect(dialog.locator('[data-newsroom="preview-link"][data-purpose="share"]').count()).resolves.toBe(0);
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const created = page.locator('[data-newsroom="preview-created"]');
  await created.waitFor({ timeout: 30000 });
  const url = await created.locator('input').inputValue();
  expect(url).toMatch(new RegExp(`^${base}/api/preview/[A-Za-z0-9_-]{64}$`));
  const item = dialog.locator('[data-newsroom="preview-link"][data-purpose="share"]');
  await item.first().waitFor({ timeout: 30000 });
  await expect(item.first().getAttribute('data-status')).resolves.toBe('active');
  await expect(item.first().textContent()).resolves.toMatch(/Shared link.*By Biên Tập/);
  await screenshot(page, 'preview-share');

  const rows = await app!.strapi.db.query(LINK).findMany({ where: { targetDocumentId: doc.documentId, purpose: 'share' } });
  expect(rows).toHaveLength(1);
  const hours = (new Date(rows[0].expiresAt).getTime() - Date.now()) / 3600_000;
  expect(hours).toBeGreaterThan(47.5);

  // A fresh context: no cookies, no admin token.
  const stranger = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const phone = await stranger.newPage();
  const shown = await phone.goto(url);
  expect(shown?.status()).toBe(200);
  await phone.getByRole('heading', { level: 1 }).waitFor({ timeout: 30000 });
  await expect(phone.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
  await expect(phone.locator('body').textContent()).resolves.toContain('Công Luận');
  await expect(phone.locator('body').textContent()).resolves.toContain('Du khách đổ về hồ Xuân Hương <script>');
  await expect(phone.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
  await expect(phone.locator('[data-preview="banner"]').textContent()).resolves.toContain('Bản xem trước');
  await screenshot(phone, 'preview-page');
  // The REST route answers the same draft to this browser, and the article route does not.
  const token = new URL(url).pathname.split('/').pop() as string;
  const api = await phone.evaluate(async (path) => (await fetch(path)).json(), `/api/newsroom/previews/${token}`);
  expect(api.data).toMatchObject({ documentId: doc.documentId, title: TITLE, publishedAt: null });
  const refused = await phone.evaluate(async (path) => (await fetch(path)).status, `/api/newsroom/articles/${doc.documentId}?status=draft`);
  expect(refused).not.toBe(200);

  // Revoke in the dialog: the stranger's next visit is a 404.
  await item.first().getByRole('button', { name: 'Revoke' }).click();
  await dialog.locator('[data-newsroom="preview-link"][data-purpose="share"][data-status="revoked"]').waitFor({ timeout: 30000 });
  await expect(page.locator('[data-newsroom="preview-created"]').count()).resolves.toBe(0);
  const gone = await phone.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(phone.locator('body').textContent()).resolves.not.toContain('Lâm Đồng');
  await stranger.close();
  await page.keyboard.press('Escape');
});

test("Strapi's Preview shows the draft on the playground's page", async () => {
  await page.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}/${doc.documentId}/preview?plugins[i18n][locale]=en&status=draft`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1 }).waitFor({ timeout: 60000 });
  await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
  const src = await page.locator('iframe').getAttribute('src');
  expect(src).toMatch(/\/api\/preview\/[A-Za-z0-9_-]{64}$/);
  await screenshot(page, 'preview-panel');
});

test('the dialog in Vietnamese', async () => {
  await page.goto(`${base}/admin/me`);
  await page.getByRole('combobox', { name: /interface language/i }).click();
  await page.getByRole('option', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: /^save$/i }).click();
  await page.getByRole('link', { name: 'Bình luận', exact: true }).waitFor({ timeout: 30000 });
  await page.goto(editView());
  const dialog = await openShareDialog('Chia sẻ bản xem trước');
  await page.getByText('Chia sẻ bản xem trước của bản nháp này').waitFor({ timeout: 30000 });
  await dialog.locator('[data-newsroom="preview-link"][data-status="revoked"]').first().waitFor({ timeout: 30000 });
  await expect(dialog.textContent()).resolves.toContain('Đã thu hồi');
  await expect(dialog.getByRole('button', { name: 'Tạo liên kết' }).count()).resolves.toBe(1);
  await screenshot(page, 'preview-share-vi');
});
