import type { Core } from '@strapi/strapi';
import { toSlug } from '../../server/src/slugs/to-slug';
import { ADMIN, createSuperAdmin } from '../helpers/admin-user';
import { ARTICLE } from '../helpers/content';
import { bearer, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';

/**
 * The Content Manager's "Publish" on a new article creates the draft and publishes it in one outer
 * transaction. Editors racing to publish articles with the same title must still get one slug each:
 * the slug lock is held until that outer transaction commits, and it must not starve the pool.
 */
const PUBLISH = `/content-manager/collection-types/${ARTICLE}/actions/publish`;
const RACERS = 20;

const loginAdmin = async (strapi: Core.Strapi): Promise<string> => {
  const res = await http(strapi).post('/admin/login').send(ADMIN);
  expect(res.status).toBe(200);
  return res.body.data.token as string;
};

/** What the admin's edit form sends for a new article (createDefaultForm's defaults plus the typed title). */
const adminForm = (title: string, index: number) => ({
  title,
  // Half leave the slug empty; half send what the form's UID field filled in from the title.
  slug: index % 2 === 0 ? '' : toSlug(title),
  lead: `Bài số ${index + 1}`,
  commentsEnabled: true,
  slugManual: false,
  commentCount: 0,
  bylines: { connect: [], disconnect: [] },
});

const race = (pool: string | undefined) => () => {
  let app: TestApp | undefined;
  let strapi: Core.Strapi;
  let token: string;
  const saved = process.env.DATABASE_POOL_MAX;

  beforeAll(async () => {
    if (pool === undefined) delete process.env.DATABASE_POOL_MAX;
    else process.env.DATABASE_POOL_MAX = pool;
    try {
      app = await startStrapi();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_POOL_MAX;
      else process.env.DATABASE_POOL_MAX = saved;
    }
    strapi = app.strapi;
    await createSuperAdmin(strapi);
    token = await loginAdmin(strapi);
  });
  afterAll(() => stopStrapi(app));

  test(`${RACERS} concurrent Publish of the same title: all published, one slug each`, async () => {
    const title = 'Bão số 5 đổ bộ Quảng Ngãi – Kon Tum';
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, index) =>
        http(strapi).post(PUBLISH).query({ locale: 'en' }).set(bearer(token)).send(adminForm(title, index))
      )
    );
    const elapsed = Date.now() - started;
    // eslint-disable-next-line no-console
    console.log(`[publish-race] ${strapi.db.dialect.client}, pool max ${pool ?? 'default'}: ${RACERS} publishes in ${elapsed} ms`);

    expect(responses.map((res) => [res.status, res.body?.error?.message ?? null])).toEqual(
      Array.from({ length: RACERS }, () => [200, null])
    );
    const documentIds = responses.map((res) => res.body.data.documentId as string);
    expect(new Set(documentIds).size).toBe(RACERS);
    for (const res of responses) expect(res.body.data.publishedAt).not.toBeNull();

    // The stored rows, not the answers: every draft and published row of these documents.
    const rows: Array<{ documentId: string; slug: string | null; locale: string; publishedAt: unknown }> = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId', 'slug', 'locale', 'publishedAt'] });
    expect(rows).toHaveLength(2 * RACERS);
    const slugByDocument = new Map<string, Set<string | null>>();
    for (const row of rows) {
      expect(row.locale).toBe('en');
      slugByDocument.set(row.documentId, (slugByDocument.get(row.documentId) ?? new Set()).add(row.slug));
    }
    expect(slugByDocument.size).toBe(RACERS);
    // One slug per document (its draft and published rows agree) …
    for (const slugs of slugByDocument.values()) expect(slugs.size).toBe(1);
    const slugs = [...slugByDocument.values()].map((set) => [...set][0]);
    // … and no two documents share one in the locale.
    expect(new Set(slugs).size).toBe(RACERS);
    const base = toSlug(title);
    expect([...slugs].sort()).toEqual(
      [base, ...Array.from({ length: RACERS - 1 }, (_, i) => `${base}-${i + 2}`)].sort()
    );
    expect(await strapi.db.query(ARTICLE).count({ where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } } })).toBe(RACERS);
    // Nobody set a slug by hand: the form's own regenerated slug is not a hand edit.
    expect(await strapi.db.query(ARTICLE).count({ where: { documentId: { $in: documentIds }, slugManual: true } })).toBe(0);
  });

  test('drafts retitled and published while new articles take the same title: no deadlock, one slug each', async () => {
    const title = 'Giá vàng hôm nay tăng mạnh';
    const drafts = [];
    for (let i = 0; i < RACERS / 2; i += 1) drafts.push(await strapi.documents(ARTICLE).create({ data: { title: `Bản nháp số ${i + 1}` } }));
    const restToken = await createApiToken(strapi, 'full-access');
    const started = Date.now();
    const responses = await Promise.all([
      // Editors give the drafts the title and publish them (the form sends the old slug back; a
      // never-published slug follows the title). The Content Manager reads before the slug lock here.
      ...drafts.map((draft, index) =>
        http(strapi)
          .post(`${PUBLISH.replace('/actions/publish', '')}/${draft.documentId}/actions/publish`)
          .query({ locale: 'en' })
          .set(bearer(token))
          .send({ ...adminForm(title, index), slug: draft.slug })
      ),
      // … while others publish new articles with that title, and an API client creates some.
      ...drafts.map((_, index) => http(strapi).post(PUBLISH).query({ locale: 'en' }).set(bearer(token)).send(adminForm(title, index))),
      ...drafts.map(() => http(strapi).post('/api/newsroom/articles').set(bearer(restToken)).send({ data: { title } })),
    ]);
    const elapsed = Date.now() - started;
    // eslint-disable-next-line no-console
    console.log(`[publish-race] ${strapi.db.dialect.client}, pool max ${pool ?? 'default'}: ${responses.length} mixed writes in ${elapsed} ms`);

    const expected = [...drafts.map(() => [200, null]), ...drafts.map(() => [200, null]), ...drafts.map(() => [201, null])];
    expect(responses.map((res) => [res.status, res.body?.error?.message ?? null])).toEqual(expected);
    const rows: Array<{ documentId: string; slug: string | null; publishedAt: unknown }> = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { title }, select: ['documentId', 'slug', 'publishedAt'] });
    // Every document is published (draft and published rows), and holds one slug of its own.
    const count = 3 * drafts.length;
    expect(rows).toHaveLength(2 * count);
    const slugByDocument = new Map<string, Set<string | null>>();
    for (const row of rows) slugByDocument.set(row.documentId, (slugByDocument.get(row.documentId) ?? new Set()).add(row.slug));
    expect(slugByDocument.size).toBe(count);
    for (const slugs of slugByDocument.values()) expect(slugs.size).toBe(1);
    const slugs = [...slugByDocument.values()].map((set) => [...set][0]);
    const base = toSlug(title);
    expect([...slugs].sort()).toEqual([base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)].sort());
    for (const draft of drafts) expect(slugByDocument.has(draft.documentId)).toBe(true);
  });
};

describe('Content Manager Publish races, pool max 2', race('2'));
describe('Content Manager Publish races, default pool', race(undefined));
