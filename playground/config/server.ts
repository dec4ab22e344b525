export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Demo-only fallbacks: a real deployment sets APP_KEYS.
  logger: { updates: { enabled: false } },
  app: { keys: env.array('APP_KEYS', ['newsroomDemoKeyOne', 'newsroomDemoKeyTwo']) },
});
