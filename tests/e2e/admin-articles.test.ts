import type { Browser, Page } from 'playwright-core';
import { toSlug } from '../../server/src/slugs/to-slug';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { launchBrowser, screenshot } from '../helpers/browser';
import { ARTICLE, createArticle, createByline } from '../helpers/content';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

let app: (TestApp & { url?: string }) | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
let published: { documentId: string };

const CM = '/admin/content-manager/collection-types/plugin::newsroom.article';

beforeAll(async () => {
  app = await startStrapi({ admin: true });
  base = app.url as string;
  await createSuperAdmin(app.strapi);
  const thuy = await createByline(app.strapi, 'Thu Thủy');
  const luan = await createByline(app.strapi, 'Công Luận');
  published = await createArticle(
    app.strapi,
    { title: 'Kon Tum: Hội nghị tổng kết năm', bylines: [thuy.documentId, luan.documentId] },
    { status: 'published' }
  );

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  await page.goto(`${base}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(ADMIN.email);
  await page.getByLabel(/^password/i).fill(ADMIN.password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60000 });
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(app);
});

test('the Content Manager lists articles with their server-made slug', async () => {
  await page.goto(`${base}${CM}`);
  await page.getByText('Kon Tum: Hội nghị tổng kết năm').waitFor({ timeout: 60000 });
  await screenshot(page, 'article-list');
  await expect(page.getByRole('gridcell', { name: 'kon-tum-hoi-nghi-tong-ket-nam' }).count()).resolves.toBe(1);
});

test('an article saved from the admin form with an empty slug gets the Vietnamese slug from the server', async () => {
  const title = 'Đắk Lắk: Mùa cà phê & sầu riêng bội thu 18/9';
  await page.goto(`${base}${CM}/create`);
  const titleInput = page.locator('input[name="title"]');
  await titleInput.waitFor({ timeout: 60000 });
  await titleInput.fill(title);
  // Whatever the form put in the slug field, save it empty: the slug stored must be the server's own.
  const slugInput = page.locator('input[name="slug"]');
  await slugInput.fill('');
  await page.locator('input[name="lead"], textarea[name="lead"]').first().fill('(newsroom.test) – Một đoạn sapo.');
  await expect(slugInput.inputValue()).resolves.toBe('');
  await page.getByRole('button', { name: /^save$/i }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 60000 });
  await page.getByText(/saved/i).first().waitFor({ timeout: 30000 }).catch(() => undefined);
  await screenshot(page, 'article-created');

  const documentId = page.url().split('/').pop()?.split('?')[0] as string;
  const row = await app!.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } });
  expect(row.title).toBe(title);
  expect(row.slug).toBe(toSlug(title));
  expect(row.slug).toBe('dak-lak-mua-ca-phe-sau-rieng-boi-thu-18-9');
  await expect(page.locator('input[name="slug"]').inputValue()).resolves.toBe(row.slug);
});

test('the edit view shows the bylines in their order; a title edit after publication keeps the slug', async () => {
  await page.goto(`${base}${CM}/${published.documentId}`);
  const titleInput = page.locator('input[name="title"]');
  await titleInput.waitFor({ timeout: 60000 });
  const thuy = page.getByText('Thu Thủy', { exact: true }).first();
  const luan = page.getByText('Công Luận', { exact: true }).first();
  await thuy.waitFor({ timeout: 30000 });
  const [a, b] = [await thuy.boundingBox(), await luan.boundingBox()];
  expect(a && b && a.y < b.y).toBe(true);

  // Server-owned: shown, but not editable.
  const bylineText = page.locator('input[name="bylineText"]');
  await expect(bylineText.inputValue()).resolves.toBe('Thu Thủy – Công Luận');
  await expect(bylineText.isEditable()).resolves.toBe(false);
  await titleInput.fill('Kon Tum: Hội nghị tổng kết năm 2026');
  await page.getByRole('button', { name: /^save$/i }).click();
  await page.getByText(/saved/i).first().waitFor({ timeout: 30000 });
  await screenshot(page, 'article-edit');
  const draft = await app!.strapi.db.query(ARTICLE).findOne({ where: { documentId: published.documentId, publishedAt: null } });
  expect(draft.title).toBe('Kon Tum: Hội nghị tổng kết năm 2026');
  expect(draft.slug).toBe('kon-tum-hoi-nghi-tong-ket-nam');
  expect(draft.bylineText).toBe('Thu Thủy – Công Luận');
});
