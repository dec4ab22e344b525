import type { Browser, Locator, Page } from 'playwright-core';
import { PUBLIC_COMMENT_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { createAdminWithActions } from '../helpers/admin-api';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { launchBrowser, screenshot } from '../helpers/browser';
import { createArticle } from '../helpers/content';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

/** The admin's moderation page (the plugin's Comments menu link) and its homepage widget, in Chromium. */

const COMMENT = 'plugin::newsroom.comment';
const PAGE = '/admin/plugins/newsroom';
const SCRIPT = '<script>window.__pwned=1</script>';

let app: (TestApp & { url?: string }) | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
let article: { documentId: string; locale?: string | null };
const ids: Record<string, number> = {};

const seedComment = async (key: string, authorName: string, content: string, status = 'pending') => {
  const row = await app!.strapi.db.query(COMMENT).create({
    data: {
      articleDocumentId: article.documentId,
      articleLocale: article.locale ?? null,
      authorName,
      authorEmail: `${key}@example.vn`,
      content,
      status,
      depth: 0,
    },
  });
  ids[key] = row.id;
};

const rowOf = (author: string): Locator => page.locator('tbody tr', { hasText: author });
const publicThread = async () => {
  const res = await fetch(`${base}/api/newsroom/articles/${article.documentId}/comments`);
  expect(res.status).toBe(200);
  return (await res.json()) as { data: Array<{ id: number; authorName: string; content: string }> };
};
const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
const stored = (id: number) => app!.strapi.db.query(COMMENT).findOne({ where: { id } });

const login = async (target: Page, credentials: { email: string; password: string }) => {
  await target.goto(`${base}/admin/auth/login`);
  await target.getByLabel(/email/i).fill(credentials.email);
  await target.getByLabel(/^password/i).fill(credentials.password);
  await target.getByRole('button', { name: /login/i }).click();
  await target.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60000 });
};

beforeAll(async () => {
  app = await startStrapi({ admin: true });
  base = app.url as string;
  await createSuperAdmin(app.strapi);
  await grantRole(app.strapi, 'public', PUBLIC_COMMENT_ACTIONS);
  article = await createArticle(app.strapi, { title: 'Hà Nội: Khánh thành cầu Tứ Liên' }, { status: 'published' });
  await seedComment('an', 'Nguyễn Văn An', 'Cây cầu đẹp quá, mong sớm thông xe cho bà con đi lại.');
  await seedComment('script', 'Kẻ Gian', SCRIPT);
  await seedComment('binh', 'Trần Thị Bình', 'Đã đọc, cảm ơn tòa soạn.', 'approved');

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  await login(page, ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi(app);
});

test('the Comments menu link opens the queue: pending first, counts per status, comments shown as text', async () => {
  await page.goto(`${base}/admin`);
  const link = page.getByRole('link', { name: 'Comments', exact: true });
  await link.waitFor({ timeout: 60000 });
  await link.click();
  await page.waitForURL((url) => url.pathname === PAGE, { timeout: 30000 });

  await rowOf('Nguyễn Văn An').waitFor({ timeout: 60000 });
  await expect(page.getByRole('tab', { name: 'Pending (2)' }).getAttribute('aria-selected')).resolves.toBe('true');
  await expect(page.getByRole('tab', { name: 'Approved (1)' }).count()).resolves.toBe(1);
  await expect(page.getByRole('tab', { name: 'Rejected (0)' }).count()).resolves.toBe(1);
  await expect(page.getByRole('tab', { name: 'Spam (0)' }).count()).resolves.toBe(1);
  // Only the pending ones, with email and article title.
  await expect(page.locator('tbody tr').count()).resolves.toBe(2);
  await expect(rowOf('Trần Thị Bình').count()).resolves.toBe(0);
  const an = rowOf('Nguyễn Văn An');
  await expect(an.getByText('an@example.vn', { exact: true }).count()).resolves.toBe(1);
  await expect(an.getByText('Hà Nội: Khánh thành cầu Tứ Liên', { exact: true }).count()).resolves.toBe(1);

  // Markup a reader typed is text on the page, never a script that runs.
  const script = rowOf('Kẻ Gian');
  await expect(script.getByText(SCRIPT, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(page.locator('script', { hasText: '__pwned' }).count()).resolves.toBe(0);
  await expect(pwned()).resolves.toBeUndefined();
  await screenshot(page, 'comments-en');

  // Text search (author, email or text), then back to everything.
  const search = page.getByRole('searchbox', { name: 'Search comments' });
  await search.fill('thông xe');
  await search.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === 'thông xe', { timeout: 30000 });
  await rowOf('Kẻ Gian').waitFor({ state: 'detached', timeout: 30000 });
  await expect(page.locator('tbody tr').count()).resolves.toBe(1);
  await page.getByRole('tab', { name: 'Pending (1)' }).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await rowOf('Kẻ Gian').waitFor({ timeout: 30000 });

  // An article's title filters the queue on that article.
  await an.getByRole('button', { name: 'Show only the comments on “Hà Nội: Khánh thành cầu Tứ Liên”' }).click();
  await page.waitForURL((url) => url.searchParams.get('article') === article.documentId, { timeout: 30000 });
  await page.getByText('Article: Hà Nội: Khánh thành cầu Tứ Liên', { exact: true }).waitFor({ timeout: 30000 });
  await expect(page.locator('tbody tr').count()).resolves.toBe(2);
  await page.getByRole('button', { name: 'Show comments on all articles' }).click();
  await page.waitForURL((url) => !url.searchParams.has('article'), { timeout: 30000 });
});

test('approving a comment from the page puts it in the public thread', async () => {
  await expect(publicThread().then((thread) => thread.data.map((c) => c.id))).resolves.toEqual([ids.binh]);

  await rowOf('Nguyễn Văn An').getByRole('button', { name: 'Approve', exact: true }).click();
  await rowOf('Nguyễn Văn An').waitFor({ state: 'detached', timeout: 30000 });
  await page.getByRole('tab', { name: 'Pending (1)' }).waitFor({ timeout: 30000 });
  await expect(page.getByRole('tab', { name: 'Approved (2)' }).count()).resolves.toBe(1);

  await expect(stored(ids.an).then((row) => row.status)).resolves.toBe('approved');
  const thread = await publicThread();
  expect(thread.data.map((c) => c.id).sort()).toEqual([ids.an, ids.binh].sort());
  expect(thread.data.find((c) => c.id === ids.an)).toMatchObject({
    authorName: 'Nguyễn Văn An',
    content: 'Cây cầu đẹp quá, mong sớm thông xe cho bà con đi lại.',
  });

  // The history names who approved it.
  await page.getByRole('tab', { name: 'Approved (2)' }).click();
  await rowOf('Nguyễn Văn An').getByRole('button', { name: 'History', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Pending → Approved').waitFor({ timeout: 30000 });
  await expect(dialog.getByText('Biên Tập (Editor)', { exact: true }).count()).resolves.toBe(1);
  await expect(dialog.locator('tbody tr').count()).resolves.toBe(1);
  await screenshot(page, 'comments-history-en');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await dialog.waitFor({ state: 'detached' });
  await expect(pwned()).resolves.toBeUndefined();
});

test('the homepage widget shows the pending count and the latest pending comments', async () => {
  await page.goto(`${base}/admin`);
  await page.getByText('Comments awaiting moderation').waitFor({ timeout: 60000 });
  const count = page.locator('[data-newsroom="pending-count"]');
  await count.waitFor({ timeout: 30000 });
  await expect(count.textContent()).resolves.toBe('1 comment is waiting');
  await count.scrollIntoViewIfNeeded();
  await expect(page.getByText(SCRIPT, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(page.getByText('Cây cầu đẹp quá', { exact: false }).count()).resolves.toBe(0);
  await expect(pwned()).resolves.toBeUndefined();
  await screenshot(page, 'comments-widget-en');
});

test('edit the text, reply as staff and delete, each from its dialog', async () => {
  await page.goto(`${base}${PAGE}?status=approved`);
  const binh = rowOf('Trần Thị Bình');
  await binh.waitFor({ timeout: 60000 });

  await binh.getByRole('button', { name: 'Edit the text', exact: true }).click();
  let dialog = page.getByRole('dialog');
  const text = dialog.locator('textarea');
  await expect(text.inputValue()).resolves.toBe('Đã đọc, cảm ơn tòa soạn.');
  await text.fill('Đã đọc kỹ, cảm ơn tòa soạn.');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30000 });
  await binh.getByText('Đã đọc kỹ, cảm ơn tòa soạn.', { exact: true }).waitFor({ timeout: 30000 });
  await expect(stored(ids.binh).then((row) => row.content)).resolves.toBe('Đã đọc kỹ, cảm ơn tòa soạn.');

  await binh.getByRole('button', { name: 'Reply as staff', exact: true }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Đã đọc kỹ, cảm ơn tòa soạn.', { exact: true }).count()).resolves.toBe(1);
  // An empty reply is refused in the form, before any request.
  await dialog.getByRole('button', { name: 'Publish the reply', exact: true }).click();
  await dialog.getByText('Write some text first.', { exact: true }).waitFor({ timeout: 10000 });
  await dialog.locator('textarea').fill('Cảm ơn bạn đã theo dõi.');
  await screenshot(page, 'comments-reply-en');
  await dialog.getByRole('button', { name: 'Publish the reply', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30000 });
  const reply = rowOf('Cảm ơn bạn đã theo dõi.');
  await reply.waitFor({ timeout: 30000 });
  await expect(reply.getByText('Staff', { exact: true }).count()).resolves.toBe(1);
  const thread = await publicThread();
  const node = thread.data.find((c) => c.id === ids.binh) as unknown as { replies: Array<{ id: number; content: string; isStaff: boolean }> };
  expect(node.replies).toHaveLength(1);
  expect(node.replies[0]).toMatchObject({ content: 'Cảm ơn bạn đã theo dõi.', isStaff: true });

  await reply.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByText('Delete the comment?', { exact: true }).waitFor({ timeout: 10000 });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await reply.waitFor({ state: 'detached', timeout: 30000 });
  await expect(stored(node.replies[0].id)).resolves.toBeNull();
  await expect(pwned()).resolves.toBeUndefined();
});

test('bulk actions: reject the checked comments, then delete them', async () => {
  await seedComment('bulk1', 'Quảng Cáo Một', 'Mua hàng giá rẻ tại đây.');
  await seedComment('bulk2', 'Quảng Cáo Hai', 'Vay tiền nhanh trong ngày.');
  await page.goto(`${base}${PAGE}`);
  await rowOf('Quảng Cáo Một').waitFor({ timeout: 60000 });
  await page.getByRole('tab', { name: 'Pending (3)' }).waitFor({ timeout: 30000 });

  await page.getByRole('checkbox', { name: 'Select the comment by Quảng Cáo Một' }).click();
  await page.getByRole('checkbox', { name: 'Select the comment by Quảng Cáo Hai' }).click();
  const bulk = page.getByRole('group', { name: 'Actions on the selected comments' });
  await bulk.getByText('2 comments selected', { exact: true }).waitFor({ timeout: 10000 });
  await screenshot(page, 'comments-bulk-en');
  await bulk.getByRole('button', { name: 'Reject', exact: true }).click();
  await page.getByRole('tab', { name: 'Rejected (2)' }).waitFor({ timeout: 30000 });
  await expect(rowOf('Quảng Cáo Một').count()).resolves.toBe(0);
  await expect(stored(ids.bulk1).then((row) => row.status)).resolves.toBe('rejected');
  await expect(stored(ids.bulk2).then((row) => row.status)).resolves.toBe('rejected');
  await expect(stored(ids.script).then((row) => row.status)).resolves.toBe('pending');

  await page.getByRole('tab', { name: 'Rejected (2)' }).click();
  await rowOf('Quảng Cáo Hai').waitFor({ timeout: 30000 });
  await page.getByRole('checkbox', { name: 'Select every comment on this page' }).click();
  await page.getByRole('group', { name: 'Actions on the selected comments' }).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByText('2 comments will be deleted for good; their replies move up one level.', { exact: true }).waitFor({ timeout: 10000 });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('tab', { name: 'Rejected (0)' }).waitFor({ timeout: 30000 });
  await expect(stored(ids.bulk1)).resolves.toBeNull();
  await expect(stored(ids.bulk2)).resolves.toBeNull();
});

test('a reader of comments (comments.read only) sees the queue without moderation actions; others see no link', async () => {
  const reader = await createAdminWithActions(app!.strapi, 'doc.binh.luan@example.vn', ['plugin::newsroom.comments.read']);
  const nobody = await createAdminWithActions(app!.strapi, 'khong.quyen@example.vn', []);
  const context = await browser!.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  try {
    const other = await context.newPage();
    await login(other, reader);
    await other.goto(`${base}${PAGE}`);
    const row = other.locator('tbody tr', { hasText: 'Kẻ Gian' });
    await row.waitFor({ timeout: 60000 });
    await other.getByText('You can read the comments but not moderate them.', { exact: true }).waitFor({ timeout: 30000 });
    await expect(row.getByRole('button', { name: 'History', exact: true }).count()).resolves.toBe(1);
    for (const name of ['Approve', 'Reject', 'Mark as spam', 'Edit the text', 'Reply as staff', 'Delete']) {
      await expect(row.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    await expect(other.getByRole('checkbox').count()).resolves.toBe(0);
    await screenshot(other, 'comments-readonly-en');

    await other.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await context.clearCookies();
    await login(other, nobody);
    await other.getByRole('link', { name: 'Home', exact: true }).waitFor({ timeout: 60000 });
    await expect(other.getByRole('link', { name: 'Comments', exact: true }).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});

test('in Vietnamese (the profile’s interface language), the page and the widget speak Vietnamese', async () => {
  await page.goto(`${base}/admin/me`);
  await page.getByRole('combobox', { name: /interface language/i }).click();
  await page.getByRole('option', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: /^save$/i }).click();
  // Strapi stores the choice on the admin user; the admin switches at once.
  await page.getByRole('link', { name: 'Bình luận', exact: true }).waitFor({ timeout: 30000 });
  const user = await app!.strapi.db.query('admin::user').findOne({ where: { email: ADMIN.email } });
  expect(user.preferedLanguage).toBe('vi');

  await page.goto(`${base}${PAGE}`);
  await page.getByRole('heading', { name: 'Bình luận', exact: true }).waitFor({ timeout: 60000 });
  await rowOf('Kẻ Gian').waitFor({ timeout: 30000 });
  await expect(page.getByRole('tab', { name: 'Chờ duyệt (1)' }).getAttribute('aria-selected')).resolves.toBe('true');
  await expect(page.getByRole('tab', { name: 'Đã duyệt (2)' }).count()).resolves.toBe(1);
  await expect(page.locator('thead th', { hasText: 'Tác giả và email' }).count()).resolves.toBe(1);
  await expect(rowOf('Kẻ Gian').getByRole('button', { name: 'Duyệt', exact: true }).count()).resolves.toBe(1);
  await expect(rowOf('Kẻ Gian').getByText(SCRIPT, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(pwned()).resolves.toBeUndefined();
  await screenshot(page, 'comments-vi');

  await page.goto(`${base}/admin`);
  await page.getByText('Bình luận chờ duyệt').first().waitFor({ timeout: 60000 });
  const count = page.locator('[data-newsroom="pending-count"]');
  await expect(count.textContent()).resolves.toBe('1 bình luận đang chờ duyệt');
  await count.scrollIntoViewIfNeeded();
  await screenshot(page, 'comments-widget-vi');
});
