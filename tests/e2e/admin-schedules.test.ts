import type { Browser, Page } from 'playwright-core';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { launchBrowser, screenshot } from '../helpers/browser';
import { ARTICLE, createArticle } from '../helpers/content';
import { SCHEDULE } from '../helpers/schedules';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/**
 * Scheduling in the admin, in Chromium: the edit view's Schedule panel (Asia/Ho_Chi_Minh), its
 * error in plain words, the publishing calendar with run-now, the list view's bulk action, the
 * homepage widget; and the calendar and the panel in Vietnamese.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
let app: (TestApp & { url?: string }) | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
const docs: Record<string, { documentId: string; locale?: string | null }> = {};

/** Tomorrow at 06:00 in Hanoi: the wall clock the panel takes, and the UTC instant the server stores. */
const tomorrowSix = () => {
  const hanoi = new Date(Date.now() + 7 * 3600 * 1000 + 24 * 3600 * 1000);
  const day = hanoi.toISOString().slice(0, 10);
  return { wall: `${day}T06:00`, utc: new Date(`${day}T06:00:00+07:00`).toISOString() };
};

const login = async (target: Page) => {
  await target.goto(`${base}/admin/auth/login`);
  await target.getByLabel(/email/i).fill(ADMIN.email);
  await target.getByLabel(/^password/i).fill(ADMIN.password);
  await target.getByRole('button', { name: /login/i }).click();
  await target.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60000 });
};

const editView = (key: string) =>
  `${base}/admin/content-manager/collection-types/${ARTICLE}/${docs[key].documentId}?plugins[i18n][locale]=${docs[key].locale ?? 'en'}`;
const entriesOf = (key: string) =>
  app!.strapi.db.query(SCHEDULE).findMany({ where: { targetDocumentId: docs[key].documentId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  app = await startStrapi({ admin: true });
  base = app.url as string;
  await createSuperAdmin(app.strapi);
  await grantRole(app.strapi, 'public', PUBLIC_READ_ACTIONS);
  docs.morning = await createArticle(app.strapi, { title: 'Kon Tum: chợ phiên cuối tuần mở lại', lead: '(newsroom) – Bản tin sáng.' });
  docs.one = await createArticle(app.strapi, { title: 'Gia Lai: mùa hoa dã quỳ', lead: 'Bài một.' });
  docs.two = await createArticle(app.strapi, { title: 'Đắk Nông: công viên địa chất', lead: 'Bài hai.' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1100 }, locale: 'en-US', timezoneId: 'Europe/Paris' });
  await login(page);
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(app);
});

test('the edit view’s Schedule panel schedules a draft at 06:00 Hanoi time, and says why a time is refused', async () => {
  await page.goto(editView('morning'));
  const panel = page.locator('[data-newsroom="schedule-panel"]');
  await panel.waitFor({ timeout: 60000 });
  await page.getByText('Nothing scheduled for this document.').waitFor({ timeout: 30000 });
  const { wall, utc } = tomorrowSix();
  await panel.locator('input[type="datetime-local"]').fill(wall);
  // 06:00 in Hanoi is midnight in Paris, where this browser is: the picker says so.
  await expect(panel.locator('[data-newsroom="schedule-browser-time"]').textContent()).resolves.toMatch(/Your time: .*12:00\sAM.*Europe\/Paris/);
  await panel.getByRole('button', { name: 'Schedule', exact: true }).click();
  const entry = panel.locator('[data-newsroom="schedule-entry"]');
  await entry.waitFor({ timeout: 30000 });
  await expect(entry.getByText('Scheduled', { exact: true }).count()).resolves.toBe(1);
  await expect(entry.textContent()).resolves.toContain(ZONE);
  // The browser is in Paris: the panel also says the time there.
  await expect(entry.textContent()).resolves.toMatch(/Your time: .*Europe\/Paris/);
  const [stored] = await entriesOf('morning');
  expect(stored).toMatchObject({ action: 'publish', status: 'scheduled', timezone: ZONE });
  expect(new Date(stored.runAt).toISOString()).toBe(utc);
  await screenshot(page, 'schedule-panel');

  // A time past: the server's refusal, in plain words, and the entry unchanged.
  await panel.locator('input[type="datetime-local"]').fill('2020-01-01T06:00');
  await panel.getByRole('button', { name: 'Change the time', exact: true }).click();
  const error = panel.locator('[data-newsroom="schedule-error"]');
  await error.waitFor({ timeout: 30000 });
  await expect(error.textContent()).resolves.toMatch(/in the past/);
  expect(await entriesOf('morning')).toHaveLength(1);
});

test('the publishing calendar lists the entry; run now publishes it to the public API', async () => {
  await page.goto(`${base}/admin`);
  const link = page.getByRole('link', { name: 'Publishing calendar', exact: true });
  await link.waitFor({ timeout: 60000 });
  await link.click();
  await page.getByRole('heading', { name: 'Publishing calendar', exact: true }).waitFor({ timeout: 60000 });
  const card = page.locator('[data-newsroom="calendar-entry"]', { hasText: 'Kon Tum: chợ phiên cuối tuần mở lại' });
  await card.waitFor({ timeout: 30000 });
  await screenshot(page, 'schedule-calendar');
  await page.getByRole('tab', { name: 'Month' }).click();
  await page.locator('[data-newsroom="month-grid"]').waitFor({ timeout: 30000 });
  await page.getByRole('tab', { name: 'Agenda' }).click();

  expect((await fetch(`${base}/api/newsroom/articles/${docs.morning.documentId}`)).status).toBe(404);
  await card.getByRole('button', { name: 'Run now' }).click();
  await page.getByText(/^Ran: Kon Tum/).first().waitFor({ timeout: 30000 });
  const [stored] = await entriesOf('morning');
  expect(stored).toMatchObject({ status: 'done', outcome: 'published' });
  const res = await fetch(`${base}/api/newsroom/articles/${docs.morning.documentId}`);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { data: { title: string } }).data.title).toBe('Kon Tum: chợ phiên cuối tuần mở lại');
});

test('the list view’s bulk action schedules the selected drafts for one time', async () => {
  await page.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=en`);
  await page.getByRole('row', { name: /Gia Lai/ }).waitFor({ timeout: 60000 });
  // The Content Manager's first-visit guided tour covers the table.
  const skip = page.getByRole('button', { name: 'Skip', exact: true });
  if (await skip.isVisible()) await skip.click();
  for (const title of ['Gia Lai: mùa hoa dã quỳ', 'Đắk Nông: công viên địa chất']) {
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor({ timeout: 60000 });
    await row.getByRole('checkbox').click();
    await expect(row.getByRole('checkbox').getAttribute('aria-checked')).resolves.toBe('true');
  }
  await screenshot(page, 'schedule-bulk-selected');
  await page.getByRole('button', { name: 'Schedule publication' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: 30000 });
  await dialog.locator('input[type="datetime-local"]').fill(tomorrowSix().wall.replace('T06:00', 'T08:30'));
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30000 });
  for (const key of ['one', 'two']) {
    const [entry] = await entriesOf(key);
    expect(entry).toMatchObject({ action: 'publish', status: 'scheduled', timezone: ZONE });
  }
  await page.goto(`${base}/admin/plugins/newsroom-calendar`);
  await page.locator('[data-newsroom="calendar-entry"]', { hasText: 'Gia Lai: mùa hoa dã quỳ' }).waitFor({ timeout: 60000 });
  await page.locator('[data-newsroom="calendar-entry"]', { hasText: 'Đắk Nông: công viên địa chất' }).waitFor({ timeout: 30000 });
});

test('the homepage widget shows the next scheduled publications', async () => {
  await page.goto(`${base}/admin`);
  const widget = page.locator('[data-newsroom="schedule-widget"]');
  await widget.waitFor({ timeout: 60000 });
  await expect(widget.textContent()).resolves.toContain('Gia Lai: mùa hoa dã quỳ');
  await widget.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-widget');
});

test('in Vietnamese: the calendar, the panel and the widget', async () => {
  await page.goto(`${base}/admin/me`);
  await page.getByRole('combobox', { name: /interface language/i }).click();
  await page.getByRole('option', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: /^save$/i }).click();
  await page.getByRole('link', { name: 'Lịch xuất bản', exact: true }).waitFor({ timeout: 30000 });
  await page.goto(`${base}/admin/plugins/newsroom-calendar`);
  await page.getByRole('heading', { name: 'Lịch xuất bản', exact: true }).waitFor({ timeout: 60000 });
  const card = page.locator('[data-newsroom="calendar-entry"]', { hasText: 'Gia Lai: mùa hoa dã quỳ' });
  await card.waitFor({ timeout: 30000 });
  await expect(card.getByRole('button', { name: 'Chạy ngay' }).count()).resolves.toBe(1);
  await expect(card.getByText('Đã lên lịch', { exact: true }).count()).resolves.toBe(1);
  await screenshot(page, 'schedule-calendar-vi');

  await page.goto(editView('one'));
  const panel = page.locator('[data-newsroom="schedule-panel"]');
  await panel.waitFor({ timeout: 60000 });
  await page.getByText('Lên lịch', { exact: true }).first().waitFor({ timeout: 30000 });
  await expect(panel.getByRole('button', { name: 'Đổi giờ', exact: true }).count()).resolves.toBe(1);
  await screenshot(page, 'schedule-panel-vi');
});
