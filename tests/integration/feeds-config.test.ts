/**
 * The feeds' section settings are checked at bootstrap, once every content type is known: Strapi
 * stops with a message naming the setting (playground/config/plugins.ts reads NEWSROOM_SECTION_TYPE).
 * Each start is alone in its process, as in config.test.ts.
 */
import { getXml } from '../helpers/feeds';
import { startStrapi, stopStrapi } from '../helpers/strapi';

describe('section settings are checked at start-up', () => {
  const startWith = async (sectionType: string) => {
    process.env.NEWSROOM_SECTION_TYPE = sectionType;
    try {
      const other = await startStrapi();
      await stopStrapi(other);
    } finally {
      delete process.env.NEWSROOM_SECTION_TYPE;
    }
  };

  test.each([
    ['', /config\.feeds\.articlePath "\/\{section\}\/\{slug\}\.html" uses \{section\}, which needs config\.feeds\.sectionType/],
    ['api::topic.topic', /config\.feeds\.sectionType "api::topic\.topic" needs a "slug" attribute/],
    ['api::promotion.promotion', /config\.feeds\.sectionType "api::promotion\.promotion" needs (a "slug" attribute|an "articles" relation)/],
    ['api::nope.nope', /config\.feeds\.sectionType "api::nope\.nope" is not a content type/],
  ])('sectionType %j with the playground path → Strapi stops', async (sectionType, message) => {
    await expect(startWith(sectionType)).rejects.toThrow(message);
  });
});

test('no section type and a path without {section}: Strapi starts, and ?section= is a 400', async () => {
  process.env.NEWSROOM_SECTION_TYPE = '';
  process.env.NEWSROOM_ARTICLE_PATH = '/{slug}';
  let app: Awaited<ReturnType<typeof startStrapi>> | undefined;
  try {
    app = await startStrapi();
  } finally {
    delete process.env.NEWSROOM_SECTION_TYPE;
    delete process.env.NEWSROOM_ARTICLE_PATH;
  }
  try {
    const res = await getXml(app.strapi, '/feeds/rss.xml?section=thoi-su');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body as string).error.message).toMatch(/no sections/);
    expect((await getXml(app.strapi, '/feeds/rss.xml')).status).toBe(200);
  } finally {
    await stopStrapi(app);
  }
});
