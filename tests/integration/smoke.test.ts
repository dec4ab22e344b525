import request from 'supertest';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp | undefined;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => stopStrapi(app));

test('boots with the plugin', async () => {
  const strapi = app!.strapi;
  expect(strapi.plugin('newsroom')).toBeDefined();
  const doc = await strapi.documents('plugin::newsroom.article').create({ data: { title: 'Đắk Lắk: Mùa cà phê & sầu riêng 18/9' } });
  expect(doc.slug).toBe('dak-lak-mua-ca-phe-sau-rieng-18-9');
  const res = await request(strapi.server.httpServer).get('/api/newsroom/articles');
  console.log(res.status, JSON.stringify(res.body));
});
