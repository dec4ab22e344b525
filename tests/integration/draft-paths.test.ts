/**
 * Article drafts reach no untrusted client (public role, users-permissions `authenticated`,
 * read-only API tokens) by any path: relations from other types (with and without Draft &
 * Publish), components, dynamic zones, localizations, filters and sorts through relations,
 * the publication filters, media `related`, GraphQL relation fields, and write answers. Trusted
 * clients (a full-access token) still read drafts on the same paths, which is what makes every
 * "no draft text" assertion here able to fail.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS, grantRole } from '../../playground/src/seed/permissions';
import { ARTICLE, addLocale, createArticle, createByline, rowsOf } from '../helpers/content';
import { bearer, graphql, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';
import { loginAuthenticatedUser } from '../helpers/users';

const SECTION = 'api::section.section';
const TOPIC = 'api::topic.topic';
const FILE = 'plugin::upload.file';

// Words that exist only in draft rows: a draft-only article (title and body), the unpublished
// edit of a published article, and a draft-only Vietnamese localization of a published article.
const DRAFT_ONLY = 'Tin nội bộ MATLENH';
const EDITED = 'Bản sửa SUACHUA';
const TRANSLATED = 'Bản dịch BANDICH';
const SECRETS = ['matlenh', 'suachua', 'bandich'];
const PUBLISHED_TITLE = 'Tin công khai';
const MODIFIED_TITLE = 'Bản đã đăng';

const DRAFTS_REFUSED = /^Drafts are not available to this client/;
const PUBLICATION_REFUSED = /^publicationFilter and hasPublishedVersion are not available/;
const SORT_REFUSED = /^Sorting by a field of related articles is not available/;
const COUNT_REFUSED = /^Counting a polymorphic relation \(a file's related\) is not available/;

let app: TestApp | undefined;
let strapi: Core.Strapi;
const clients: Record<string, string | undefined> = {};
const ids: Record<string, string> = {};
let fileId: number;

const untrusted = ['public', 'authenticated', 'readOnly'] as const;
const writers = ['public', 'authenticated'] as const;

/** The draft-only words found in an answer (slugs included: they are made from the titles). */
const leaks = (body: unknown): string[] => {
  const text = JSON.stringify(body).toLowerCase();
  return SECRETS.filter((word) => text.includes(word));
};

const get = (path: string, client: string) => http(strapi).get(path).set(bearer(clients[client]));
const titles = (rows: Array<{ title: string }> | undefined) => (rows ?? []).map((row) => row.title).sort();

const expectRefused = (res: { status: number; body: { error?: { name: string; message: string } } }, message: RegExp) => {
  expect(res.status).toBe(403);
  expect(res.body.error).toMatchObject({ name: 'PolicyError', message: expect.stringMatching(message) });
  expect(leaks(res.body)).toEqual([]);
};

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  const reads = [...PUBLIC_READ_ACTIONS, 'plugin::upload.content-api.find', 'plugin::upload.content-api.findOne'];
  await grantRole(strapi, 'public', reads);
  await grantRole(strapi, 'authenticated', reads);
  clients.public = undefined;
  clients.authenticated = await loginAuthenticatedUser(strapi);
  clients.readOnly = await createApiToken(strapi, 'read-only');
  clients.fullAccess = await createApiToken(strapi, 'full-access');

  const file = await strapi.db.query(FILE).create({
    data: { name: 'anh-bia.jpg', hash: 'anh_bia_h', ext: '.jpg', mime: 'image/jpeg', size: 12.5, url: '/uploads/anh_bia_h.jpg', provider: 'local' },
  });
  fileId = file.id;
  const byline = await createByline(strapi, 'Thu Thủy', { email: 'thuthuy.rieng@example.vn' });

  const published = await createArticle(
    strapi,
    { title: PUBLISHED_TITLE, bylines: [byline.documentId], cover: fileId },
    { status: 'published' }
  );
  const draft = await createArticle(strapi, {
    title: DRAFT_ONLY,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung MATLENH chưa được duyệt' }] }],
    cover: fileId,
  });
  const modified = await createArticle(strapi, { title: MODIFIED_TITLE, cover: fileId }, { status: 'published' });
  await strapi.documents(ARTICLE).update({ documentId: modified.documentId, data: { title: EDITED } });
  await strapi.documents(ARTICLE).update({ documentId: published.documentId, locale: 'vi', data: { title: TRANSLATED } });
  Object.assign(ids, { published: published.documentId, draft: draft.documentId, modified: modified.documentId });

  const all = [published.documentId, draft.documentId, modified.documentId];
  const blocks = [
    { __component: 'section.featured', label: 'Nổi bật', article: modified.documentId },
    { __component: 'section.note', text: 'Ghi chú' },
  ];
  // A published section (draft and published rows) and a draft-only one, both listing drafts.
  const section = await strapi.documents(SECTION).create({
    data: { name: 'Thời sự', articles: all, lead: { label: 'Tiêu điểm', article: draft.documentId }, blocks },
    status: 'published',
  } as never);
  const draftSection = await strapi.documents(SECTION).create({
    data: { name: 'Chuyên mục nháp', articles: all, lead: { label: 'Tiêu điểm', article: draft.documentId }, blocks },
  } as never);
  const topic = await strapi.documents(TOPIC).create({ data: { name: 'Kinh tế', articles: all } } as never);
  Object.assign(ids, { section: section.documentId, draftSection: draftSection.documentId, topic: topic.documentId });
});
afterAll(() => stopStrapi(app));

describe('the data can fail these tests', () => {
  test('the draft rows hold the draft-only words', async () => {
    expect((await rowsOf(strapi, ids.draft)).map((row) => [row.title, row.publishedAt])).toEqual([[DRAFT_ONLY, null]]);
    const modified = await rowsOf(strapi, ids.modified);
    expect(modified.map((row) => [row.title, row.publishedAt === null])).toEqual(
      expect.arrayContaining([
        [EDITED, true],
        [MODIFIED_TITLE, false],
      ])
    );
    const vi = await strapi.db.query(ARTICLE).findMany({ where: { documentId: ids.published, locale: 'vi' } });
    expect(vi.map((row) => [row.title, row.publishedAt])).toEqual([[TRANSLATED, null]]);
  });

  test('a full-access token reads every draft through relations, components, zones, localizations and media', async () => {
    const paths = [
      '/api/sections?status=draft&populate=articles',
      '/api/sections?status=draft&populate[lead][populate]=article',
      '/api/sections?status=draft&populate[blocks][on][section.featured][populate]=article',
      '/api/topics?status=draft&populate=articles',
      '/api/newsroom/articles?status=draft&populate=localizations',
      '/api/upload/files?populate=related',
    ];
    const seen = new Set<string>();
    for (const path of paths) {
      const res = await get(path, 'fullAccess');
      expect([path, res.status]).toEqual([path, 200]);
      leaks(res.body).forEach((word) => seen.add(word));
    }
    expect([...seen].sort()).toEqual([...SECRETS].sort());
  });
});

describe('GraphQL schema (the names these tests use)', () => {
  test('types, relation fields and their arguments', async () => {
    const body = await graphql(
      strapi,
      `query {
        section: __type(name: "Section") { fields { name args { name } } }
        topic: __type(name: "Topic") { fields { name } }
        featured: __type(name: "ComponentSectionFeatured") { fields { name } }
        article: __type(name: "NewsroomArticle") { fields { name args { name } } }
        file: __type(name: "UploadFile") { fields { name } }
        query: __type(name: "Query") { fields { name args { name } } }
        mutation: __type(name: "Mutation") { fields { name } }
      }`,
      {},
      clients.fullAccess
    );
    expect(body.errors).toBeUndefined();
    type Field = { name: string; args?: Array<{ name: string }> };
    const fields = (key: string) => (body.data?.[key] as { fields: Field[] }).fields;
    const names = (key: string) => fields(key).map((field) => field.name);
    const args = (key: string, name: string) => fields(key).find((field) => field.name === name)?.args?.map((arg) => arg.name);

    expect(names('section')).toEqual(expect.arrayContaining(['articles', 'articles_connection', 'lead', 'blocks', 'localizations']));
    expect(args('section', 'articles')).toEqual(expect.arrayContaining(['filters', 'sort']));
    expect(args('section', 'articles')).not.toContain('status'); // nested relations inherit the root's status
    expect(names('topic')).toEqual(expect.arrayContaining(['articles', 'articles_connection']));
    expect(names('featured')).toContain('article');
    expect(names('article')).toEqual(expect.arrayContaining(['localizations', 'localizations_connection', 'cover']));
    expect(args('article', 'localizations')).not.toContain('status');
    expect(names('file')).toContain('related');
    for (const query of ['sections', 'topics', 'newsroomArticles']) {
      expect(args('query', query)).toEqual(expect.arrayContaining(['status', 'publicationFilter', 'hasPublishedVersion', 'filters', 'sort']));
    }
    expect(names('query')).toContain('uploadFiles');
    expect(names('mutation')).toEqual(expect.arrayContaining(['updateSection', 'updateTopic', 'updateNewsroomArticle']));
  });
});

describe('REST', () => {
  const draftReads = [
    '/api/sections?status=draft&populate=articles',
    '/api/sections?status=draft&populate[lead][populate]=article',
    '/api/sections?status=draft&populate[blocks][on][section.featured][populate]=article',
    '/api/sections?status=draft&populate=*',
    '/api/sections?status=draft&populate[articles][populate]=localizations',
    '/api/topics?status=draft&populate=articles',
    '/api/topics?status=draft&populate[articles][populate]=localizations',
    '/api/newsroom/articles?status=draft&populate=localizations',
  ];

  test.each(untrusted)('%s: a draft read that reaches articles is refused', async (client) => {
    for (const path of draftReads) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 403]);
      expectRefused(res, DRAFTS_REFUSED);
    }
  });

  test.each(untrusted)('%s: the publication filters are refused on articles', async (client) => {
    for (const path of [
      '/api/newsroom/articles?publicationFilter=modified',
      '/api/newsroom/articles?hasPublishedVersion=false',
      '/api/sections?publicationFilter=modified&populate=articles',
    ]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 403]);
      expectRefused(res, PUBLICATION_REFUSED);
    }
  });

  test('fullAccess: the same reads serve drafts', async () => {
    for (const path of draftReads) {
      const res = await get(path, 'fullAccess');
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, leaks(res.body).length > 0]).toEqual([path, true]);
    }
    const modified = await get('/api/newsroom/articles?publicationFilter=modified', 'fullAccess');
    expect(modified.status).toBe(200);
    expect(titles(modified.body.data)).toEqual([MODIFIED_TITLE]);
  });

  test.each([...untrusted, 'fullAccess'])('%s: published reads keep working, with published rows only', async (client) => {
    const sections = await get('/api/sections?populate[articles][fields][0]=title&populate[lead][populate]=article&populate[blocks][on][section.featured][populate]=article', client);
    expect(sections.status).toBe(200);
    expect(sections.body.data).toHaveLength(1); // the draft-only section is not listed
    const [section] = sections.body.data;
    expect(titles(section.articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    expect(section.lead).toMatchObject({ label: 'Tiêu điểm', article: null }); // featured a draft-only article
    expect(section.blocks[0]).toMatchObject({ __component: 'section.featured', article: { title: MODIFIED_TITLE } });

    // A type without Draft & Publish links both rows of an article: only the published one is served.
    const topics = await get('/api/topics?populate=articles', client);
    expect(topics.status).toBe(200);
    expect(titles(topics.body.data[0].articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());

    const articles = await get('/api/newsroom/articles?populate=localizations', client);
    expect(articles.status).toBe(200);
    expect(titles(articles.body.data)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    for (const article of articles.body.data) expect(article.localizations).toEqual([]); // the vi one is a draft
    for (const res of [sections, topics, articles]) expect(leaks(res.body)).toEqual([]);
  });

  test.each(untrusted)('%s: populate=* and nested populates of published rows hold no draft', async (client) => {
    for (const path of [
      '/api/sections?populate=*',
      '/api/sections?populate[articles][populate]=localizations',
      `/api/sections/${ids.section}?populate[articles][populate]=*`,
      '/api/topics?populate[articles][populate]=*',
      `/api/newsroom/articles/${ids.published}?populate=*`,
    ]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, leaks(res.body)]).toEqual([path, []]);
    }
  });

  // A filter is an oracle: matching a draft-only word must answer exactly as a word found nowhere.
  const oracles = [
    '/api/topics?filters[articles][title][$contains]=MATLENH',
    '/api/topics?filters[articles][title][$contains]=SUACHUA',
    // Draft sections (their own drafts are not article drafts) link the draft rows of articles.
    '/api/sections?status=draft&filters[articles][title][$contains]=MATLENH',
    '/api/sections?status=draft&filters[lead][article][title][$contains]=MATLENH',
    '/api/newsroom/articles?filters[localizations][title][$contains]=BANDICH',
    '/api/topics?filters[articles][localizations][title][$contains]=BANDICH',
    '/api/topics?populate[articles][fields][0]=title&populate[articles][filters][localizations][title][$contains]=BANDICH',
  ];
  const nowhere = (path: string) => path.replace(/MATLENH|SUACHUA|BANDICH/, 'KHONGCODAU');

  test.each(untrusted)('%s: filters through relations cannot test a draft', async (client) => {
    for (const path of oracles) {
      const [matching, control] = [await get(path, client), await get(nowhere(path), client)];
      expect([path, matching.status, control.status]).toEqual([path, 200, 200]);
      expect([path, matching.body]).toEqual([path, control.body]);
    }
  });

  test('fullAccess: the same filters do match the drafts', async () => {
    for (const path of oracles) {
      const [matching, control] = [await get(path, 'fullAccess'), await get(nowhere(path), 'fullAccess')];
      expect([path, matching.status]).toEqual([path, 200]);
      expect([path, JSON.stringify(matching.body) === JSON.stringify(control.body)]).toEqual([path, false]);
    }
  });

  test.each(untrusted)('%s: sorting by a field of related articles is refused', async (client) => {
    for (const path of [
      '/api/topics?sort=articles.title:asc',
      '/api/topics?sort[0][articles][title]=desc',
      '/api/sections?sort=lead.article.title',
      '/api/newsroom/articles?sort=localizations.title',
      '/api/sections?populate[articles][sort]=localizations.title',
    ]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 403]);
      expectRefused(res, SORT_REFUSED);
    }
    const own = await get('/api/newsroom/articles?sort=title:asc&populate[bylines][sort]=name', client);
    expect(own.status).toBe(200);
    expect(own.body.data.map((row: { title: string }) => row.title)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
  });

  test('fullAccess: sorting by a field of related articles is served', async () => {
    const res = await get('/api/topics?sort=articles.title:asc', 'fullAccess');
    expect(res.status).toBe(200);
    expect(res.body.data.map((row: { name: string }) => row.name)).toEqual(['Kinh tế']);
  });
});

describe('media related', () => {
  const related = (file: { related?: Array<{ title?: string; publishedAt?: string | null; __type?: string }> }) =>
    (file.related ?? []).filter((row) => row.__type === ARTICLE);

  test.each(untrusted)('%s: /api/upload/files lists no article draft in related', async (client) => {
    for (const path of ['/api/upload/files?populate=related', `/api/upload/files/${fileId}?populate=related`]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 200]);
      const file = Array.isArray(res.body) ? res.body[0] : res.body;
      expect(titles(related(file) as Array<{ title: string }>)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
      expect(related(file).every((row) => row.publishedAt)).toBe(true);
      expect(leaks(res.body)).toEqual([]);
    }
  });

  test.each(untrusted)('%s: populates below a file hold no article draft either', async (client) => {
    for (const path of [
      '/api/upload/files?populate[related][on][plugin::newsroom.article][populate]=localizations',
      '/api/upload/files?populate[related][on][plugin::newsroom.article][fields][0]=title',
      '/api/newsroom/articles?populate[cover][populate]=related',
      '/api/newsroom/articles?populate[cover][populate]=*',
      '/api/newsroom/articles?populate[cover][populate][related][on][plugin::newsroom.article][fields][0]=title',
    ]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, leaks(res.body)]).toEqual([path, []]);
    }
    // Published rows selected without their publishedAt are still served.
    const slim = await get('/api/upload/files?populate[related][on][plugin::newsroom.article][fields][0]=title', client);
    expect(titles(related(slim.body[0]) as Array<{ title: string }>)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
  });

  test.each(untrusted)('%s: counting related (which counts drafts) is refused', async (client) => {
    for (const path of [
      '/api/upload/files?populate[related][count]=true',
      `/api/upload/files/${fileId}?populate[related][count]=true`,
      '/api/newsroom/articles?populate[cover][populate][related][count]=true',
    ]) {
      const res = await get(path, client);
      expect([path, res.status]).toEqual([path, 403]);
      expectRefused(res, COUNT_REFUSED);
    }
  });

  test('fullAccess: sees what Strapi shows it, drafts included', async () => {
    const count = await get('/api/upload/files?populate[related][count]=true', 'fullAccess');
    expect(count.status).toBe(200);
    expect(count.body[0].related).toEqual({ count: 5 }); // two rows of two articles, one of the draft-only one
    const res = await get('/api/upload/files?populate=related', 'fullAccess');
    expect(res.status).toBe(200);
    expect(titles(related(res.body[0]) as Array<{ title: string }>)).toEqual(
      [DRAFT_ONLY, EDITED, MODIFIED_TITLE, PUBLISHED_TITLE, PUBLISHED_TITLE].sort()
    );
    const nested = await get('/api/upload/files?populate[related][on][plugin::newsroom.article][populate]=localizations', 'fullAccess');
    expect(leaks(nested.body)).toContain('bandich');
    const fromArticle = await get('/api/newsroom/articles?populate[cover][populate]=related', 'fullAccess');
    expect(leaks(fromArticle.body)).toEqual(expect.arrayContaining(['matlenh', 'suachua']));
  });
});

describe('GraphQL', () => {
  const ask = (query: string, client: string, variables: Record<string, unknown> = {}) =>
    graphql(strapi, query, variables, clients[client]);
  const forbidden = (body: Awaited<ReturnType<typeof graphql>>, message: RegExp) => {
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(leaks(body)).toEqual([]);
  };

  test.each(untrusted)('%s: relation fields of a draft section serve published articles only', async (client) => {
    const body = await ask(
      `query {
        sections(status: DRAFT) {
          name
          articles { title body }
          articles_connection { nodes { title } }
          lead { article { title } }
          blocks { ... on ComponentSectionFeatured { article { title } } }
        }
      }`,
      client
    );
    expect(body.errors).toBeUndefined();
    expect(leaks(body)).toEqual([]);
    const sections = body.data?.sections as Array<{ name: string; articles: unknown[]; lead: { article: unknown } }>;
    expect(sections.map((section) => section.name).sort()).toEqual(['Chuyên mục nháp', 'Thời sự']);
    // A draft section's rows link draft article rows: none of them is served.
    for (const section of sections) {
      expect(section.articles).toEqual([]);
      expect(section.lead.article).toBeNull();
    }
  });

  test.each(untrusted)('%s: published parents keep their published articles', async (client) => {
    const body = await ask(
      `query {
        sections { articles { title } lead { article { title } } blocks { ... on ComponentSectionFeatured { article { title } } } }
        topics { articles { title } articles_connection { nodes { title } } }
        newsroomArticles { title localizations { title } localizations_connection { nodes { title } } }
      }`,
      client
    );
    expect(body.errors).toBeUndefined();
    expect(leaks(body)).toEqual([]);
    const data = body.data as {
      sections: Array<{ articles: Array<{ title: string }>; lead: { article: unknown }; blocks: Array<{ article?: { title: string } }> }>;
      topics: Array<{ articles: Array<{ title: string }>; articles_connection: { nodes: Array<{ title: string }> } }>;
      newsroomArticles: Array<{ localizations: unknown[] }>;
    };
    expect(titles(data.sections[0].articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    expect(data.sections[0].lead.article).toBeNull();
    expect(data.sections[0].blocks[0].article).toEqual({ title: MODIFIED_TITLE });
    // No D&P on topics: one row per published article, no draft duplicates.
    expect(titles(data.topics[0].articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    expect(titles(data.topics[0].articles_connection.nodes)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    for (const article of data.newsroomArticles) expect(article.localizations).toEqual([]);
  });

  test('fullAccess: the same relation fields serve drafts', async () => {
    const body = await ask(
      `query {
        sections(status: DRAFT) { articles { title } articles_connection { nodes { title } } lead { article { title } } }
        newsroomArticles(status: DRAFT) { localizations { title } }
      }`,
      'fullAccess'
    );
    expect(body.errors).toBeUndefined();
    expect(leaks(body).sort()).toEqual([...SECRETS].sort());
  });

  test.each(untrusted)('%s: status on a nested relation is not an argument; DRAFT at the root of articles is refused', async (client) => {
    for (const query of ['query { sections { articles(status: DRAFT) { title } } }', 'query { newsroomArticles { localizations(status: DRAFT) { title } } }']) {
      const body = await ask(query, client);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/Unknown argument "status"/);
      expect(body.data).toBeUndefined();
    }
    forbidden(await ask('query { newsroomArticles(status: DRAFT) { title } }', client), DRAFTS_REFUSED);
  });

  test.each(untrusted)('%s: the publication filters are refused, at the root and inherited', async (client) => {
    forbidden(await ask('query { newsroomArticles(publicationFilter: MODIFIED) { title } }', client), PUBLICATION_REFUSED);
    forbidden(await ask('query { newsroomArticles(hasPublishedVersion: false) { title } }', client), PUBLICATION_REFUSED);
    // Inherited by the relation fields of any root query that returns rows.
    forbidden(await ask('query { sections(hasPublishedVersion: true) { articles { title } } }', client), PUBLICATION_REFUSED);
    forbidden(await ask('query { topics(publicationFilter: MODIFIED) { articles { title } } }', client), PUBLICATION_REFUSED);
    forbidden(await ask('query { topics(hasPublishedVersion: true) { articles_connection { nodes { title } } } }', client), PUBLICATION_REFUSED);
  });

  const gqlOracles = [
    'query { topics(filters: { articles: { title: { contains: "MATLENH" } } }) { name } }',
    'query { sections(filters: { lead: { article: { title: { contains: "MATLENH" } } } }) { name } }',
    'query { newsroomArticles(filters: { localizations: { title: { contains: "BANDICH" } } }) { title } }',
    'query { sections { articles(filters: { localizations: { title: { contains: "BANDICH" } } }) { title } } }',
    'query { topics { articles_connection(filters: { or: [{ localizations: { title: { contains: "BANDICH" } } }] }) { nodes { title } } } }',
    'query { sections { localizations(filters: { articles: { title: { contains: "MATLENH" } } }) { name } } }',
  ];
  const gqlNowhere = (query: string) => query.replace(/MATLENH|BANDICH/, 'KHONGCODAU');

  test.each(untrusted)('%s: filters cannot test a draft, at the root or on a relation field', async (client) => {
    for (const query of gqlOracles) {
      const [matching, control] = [await ask(query, client), await ask(gqlNowhere(query), client)];
      expect([query, matching.errors]).toEqual([query, undefined]);
      expect([query, matching]).toEqual([query, control]);
    }
  });

  test('fullAccess: the relation-field filters do match the drafts', async () => {
    // Drafts of other locales and sections only show to a client that may read them.
    const matches = await ask(gqlOracles[3], 'fullAccess');
    expect(matches.data).toEqual({ sections: [{ articles: [{ title: PUBLISHED_TITLE }] }] });
    expect(await ask(gqlNowhere(gqlOracles[3]), 'fullAccess')).toEqual({ data: { sections: [{ articles: [] }] } });
    const root = await ask(gqlOracles[0], 'fullAccess');
    expect(root.data).toEqual({ topics: [{ name: 'Kinh tế' }] });
  });

  test.each(untrusted)('%s: sorting by a field of related articles is refused', async (client) => {
    forbidden(await ask('query { topics(sort: "articles.title:asc") { name } }', client), SORT_REFUSED);
    forbidden(await ask('query { topics { articles(sort: "localizations.title") { title } } }', client), SORT_REFUSED);
    const own = await ask('query { topics { articles(sort: "title:desc") { title } } }', client);
    expect(own.errors).toBeUndefined();
    expect((own.data?.topics as Array<{ articles: Array<{ title: string }> }>)[0].articles.map((a) => a.title)).toEqual(
      [MODIFIED_TITLE, PUBLISHED_TITLE].sort().reverse()
    );
  });

  const filesQuery = `query {
    uploadFiles { related { __typename ... on NewsroomArticle { title publishedAt } } }
    newsroomArticles(filters: { title: { eq: "${PUBLISHED_TITLE}" } }) { cover { related { ... on NewsroomArticle { title } } } }
  }`;

  test.each(untrusted)('%s: media related holds published articles only', async (client) => {
    const body = await ask(filesQuery, client);
    expect(body.errors).toBeUndefined();
    expect(leaks(body)).toEqual([]);
    const [file] = body.data?.uploadFiles as Array<{ related: Array<{ __typename: string; title: string; publishedAt: string }> }>;
    expect(file.related.every((row) => row.__typename === 'NewsroomArticle' && row.publishedAt)).toBe(true);
    expect(titles(file.related)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    const [article] = body.data?.newsroomArticles as Array<{ cover: { related: Array<{ title: string }> } }>;
    expect(titles(article.cover.related)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
  });

  test('fullAccess: media related is served (Strapi fails on it: the guard resolves it), drafts included', async () => {
    const body = await ask(filesQuery, 'fullAccess');
    expect(body.errors).toBeUndefined();
    const [file] = body.data?.uploadFiles as Array<{ related: Array<{ title: string }> }>;
    expect(titles(file.related)).toEqual([DRAFT_ONLY, EDITED, MODIFIED_TITLE, PUBLISHED_TITLE, PUBLISHED_TITLE].sort());
  });
});

describe('writes by a role that may not read drafts', () => {
  beforeAll(async () => {
    const actions = ['api::section.section.update', 'api::topic.topic.update', 'api::section.section.create'];
    for (const role of writers) await grantRole(strapi, role, actions);
    await grantRole(strapi, 'authenticated', ['plugin::newsroom.article.update']);
  });

  const sectionDraft = () => strapi.db.query(SECTION).findOne({ where: { documentId: ids.section, publishedAt: null } });

  test.each(writers)('%s: a write whose answer would populate article drafts is refused before writing', async (client) => {
    const before = await sectionDraft();
    for (const [method, path, data] of [
      ['put', `/api/sections/${ids.section}?status=draft&populate=articles`, { name: 'Đổi tên', description: 'đã sửa' }],
      ['put', `/api/sections/${ids.section}?status=draft&populate[lead][populate]=article`, { description: 'đã sửa' }],
      ['put', `/api/topics/${ids.topic}?status=draft&populate=articles`, { name: 'Đổi tên' }],
      ['post', '/api/sections?status=draft&populate=articles', { name: 'Đổi tên', articles: [ids.draft] }],
    ] as const) {
      const res = await http(strapi)[method](path).set(bearer(clients[client])).send({ data });
      expect([path, res.status]).toEqual([path, 403]);
      expectRefused(res, DRAFTS_REFUSED);
    }
    expect(await sectionDraft()).toEqual(before);
    expect(await strapi.db.query(SECTION).count({ where: { name: 'Đổi tên' } })).toBe(0);
    expect(await strapi.db.query(TOPIC).count({ where: { name: 'Đổi tên' } })).toBe(0);
  });

  test.each(writers)('%s: a published write answers with published articles only', async (client) => {
    const topic = await http(strapi).put(`/api/topics/${ids.topic}?populate=articles`).set(bearer(clients[client])).send({ data: {} });
    expect(topic.status).toBe(200);
    expect(titles(topic.body.data.articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
    const draftSection = await http(strapi)
      .put(`/api/sections/${ids.draftSection}?status=draft`)
      .set(bearer(clients[client]))
      .send({ data: { description: `sửa bởi ${client}` } });
    expect(draftSection.status).toBe(200); // a section draft is not an article draft
    expect(draftSection.body.data).toMatchObject({ description: `sửa bởi ${client}`, publishedAt: null });
    for (const res of [topic, draftSection]) expect(leaks(res.body)).toEqual([]);
  });

  test.each(writers)('%s: GraphQL mutations answer relation fields with published articles only', async (client) => {
    const body = await graphql(
      strapi,
      `mutation ($section: ID!, $topic: ID!) {
        updateSection(documentId: $section, status: DRAFT, data: {}) { articles { title } articles_connection { nodes { title } } lead { article { title } } }
        updateTopic(documentId: $topic, data: {}) { articles { title } }
      }`,
      { section: ids.draftSection, topic: ids.topic },
      clients[client]
    );
    expect(body.errors).toBeUndefined();
    expect(leaks(body)).toEqual([]);
    const data = body.data as { updateSection: { articles: unknown[] }; updateTopic: { articles: Array<{ title: string }> } };
    expect(data.updateSection.articles).toEqual([]);
    expect(titles(data.updateTopic.articles)).toEqual([MODIFIED_TITLE, PUBLISHED_TITLE].sort());
  });

  test('readOnly: cannot write at all', async () => {
    const res = await http(strapi).put(`/api/sections/${ids.section}?status=draft`).set(bearer(clients.readOnly)).send({ data: {} });
    expect(res.status).toBe(403);
  });

  test('authenticated with article.update: a REST draft write answers with a receipt only', async () => {
    const res = await http(strapi)
      .put(`/api/newsroom/articles/${ids.modified}?status=draft`)
      .set(bearer(clients.authenticated))
      .send({ data: {} });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['documentId', 'id', 'locale', 'publishedAt']);
    expect(res.body.data).toMatchObject({ documentId: ids.modified, publishedAt: null, locale: 'en' });
    expect(leaks(res.body)).toEqual([]);
  });

  test('authenticated with article.update: a GraphQL draft write selecting content is refused before writing', async () => {
    const draftRow = () => strapi.db.query(ARTICLE).findOne({ where: { documentId: ids.modified, locale: 'en', publishedAt: null } });
    const before = await draftRow();
    const mutation = (selection: string) =>
      graphql(
        strapi,
        `mutation ($id: ID!) { updateNewsroomArticle(documentId: $id, status: DRAFT, data: { lead: "Sapo mới" }) { ${selection} } }`,
        { id: ids.modified },
        clients.authenticated
      );
    const refused = await mutation('title');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/^Drafts are not available to this client: a draft write may select only/);
    expect(leaks(refused)).toEqual([]);
    expect(await draftRow()).toEqual(before);

    const receipt = await mutation('documentId');
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data).toEqual({ updateNewsroomArticle: { documentId: ids.modified } });
    expect(await draftRow()).toMatchObject({ title: EDITED, lead: 'Sapo mới', publishedAt: null });
  });

  test('fullAccess: draft writes answer with the full draft', async () => {
    const res = await http(strapi)
      .put(`/api/newsroom/articles/${ids.modified}?status=draft&populate=localizations`)
      .set(bearer(clients.fullAccess))
      .send({ data: {} });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ title: EDITED, publishedAt: null });
    const body = await graphql(
      strapi,
      'mutation ($id: ID!) { updateNewsroomArticle(documentId: $id, status: DRAFT, data: {}) { title } }',
      { id: ids.modified },
      clients.fullAccess
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ updateNewsroomArticle: { title: EDITED } });
    const section = await http(strapi)
      .put(`/api/sections/${ids.draftSection}?status=draft&populate=articles`)
      .set(bearer(clients.fullAccess))
      .send({ data: {} });
    expect(section.status).toBe(200);
    expect(leaks(section.body)).toEqual(expect.arrayContaining(['matlenh', 'suachua']));
  });
});
