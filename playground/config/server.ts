export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Demo-only fallbacks: a real deployment sets APP_KEYS.
  logger: { updates: { enabled: false } },
  // Behind a reverse proxy, trust its X-Forwarded-For (Koa's ctx.request.ip): comments hash the reader's IP.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  app: { keys: env.array('APP_KEYS', ['newsroomDemoKeyOne', 'newsroomDemoKeyTwo']) },
});
