import { createArticle } from '../helpers/content';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

// playground/config/plugins.ts reads NEWSROOM_SLUG_MAX_LENGTH into the plugin's slug.maxLength.
afterEach(() => {
  delete process.env.NEWSROOM_SLUG_MAX_LENGTH;
  delete process.env.NEWSROOM_ENABLED;
});

test('the playground fails loudly when the plugin is not loaded', async () => {
  process.env.NEWSROOM_ENABLED = 'false';
  // The playground's own types (sections, topics) relate to articles: without the plugin, Strapi
  // stops on them before the playground's own check could.
  await expect(startStrapi()).rejects.toThrow(/strapi-plugin-newsroom is not loaded|"plugin::newsroom.article" not found/);
});

test('Strapi refuses to start with a bad plugin config, with a clear message', async () => {
  process.env.NEWSROOM_SLUG_MAX_LENGTH = '5';
  await expect(startStrapi()).rejects.toThrow(/config\.slug\.maxLength must be an integer from 20 to 255, got 5/);
});

test('slug.maxLength from the app config is applied', async () => {
  process.env.NEWSROOM_SLUG_MAX_LENGTH = '30';
  let app: TestApp | undefined;
  try {
    app = await startStrapi();
    const doc = await createArticle(app.strapi, { title: 'Hội nghị tổng kết công tác năm và triển khai nhiệm vụ' });
    expect(doc.slug).toBe('hoi-nghi-tong-ket-cong-tac-nam');
    expect(doc.slug.length).toBeLessThanOrEqual(30);
  } finally {
    await stopStrapi(app);
  }
});
