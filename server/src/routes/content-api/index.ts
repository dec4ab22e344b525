/** Public REST routes, under /api/newsroom. Access follows Users & Permissions and API tokens. */
const crud = (plural: string, controller: string) => [
  { method: 'GET', path: `/${plural}`, handler: `${controller}.find` },
  { method: 'GET', path: `/${plural}/:id`, handler: `${controller}.findOne` },
  { method: 'POST', path: `/${plural}`, handler: `${controller}.create` },
  { method: 'PUT', path: `/${plural}/:id`, handler: `${controller}.update` },
  { method: 'DELETE', path: `/${plural}/:id`, handler: `${controller}.delete` },
];

export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/articles/by-slug/:slug',
      handler: 'article.findBySlug',
      // A lookup by slug is a `findOne`: the same permission grants it, read-only tokens included.
      config: { auth: { scope: ['plugin::newsroom.article.findOne'] } },
    },
    ...crud('articles', 'article'),
    ...crud('bylines', 'byline'),
  ],
};
