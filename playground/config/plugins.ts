import fs from 'fs';
import path from 'path';

/** The repo root holds the plugin; found by walking up, so it works from src and from dist. */
const pluginRoot = (): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-newsroom') {
      return dir;
    }
  }
  throw new Error('strapi-plugin-newsroom not found above the playground');
};

export default ({ env }) => ({
  newsroom: {
    // Off only to prove the playground refuses to run without the plugin (tests/integration/config).
    enabled: env.bool('NEWSROOM_ENABLED', true),
    resolve: pluginRoot(),
    config: {
      slug: { maxLength: env.int('NEWSROOM_SLUG_MAX_LENGTH', 120) },
      // Tests shorten the tick and the lease; a real site keeps the defaults (5 s, 60 s).
      scheduling: {
        contentTypes: ['api::promotion.promotion'],
        enabled: env.bool('NEWSROOM_SCHEDULER', true),
        tickSeconds: env.int('NEWSROOM_SCHEDULE_TICK', 5),
        leaseSeconds: env.int('NEWSROOM_SCHEDULE_LEASE', 60),
        batchSize: env.int('NEWSROOM_SCHEDULE_BATCH', 50),
        maxAttempts: env.int('NEWSROOM_SCHEDULE_ATTEMPTS', 5),
        retryBaseSeconds: env.int('NEWSROOM_SCHEDULE_RETRY', 30),
        missedAfterMinutes: env.int('NEWSROOM_SCHEDULE_MISSED_AFTER', 0),
      },
      feeds: {
        siteUrl: env('NEWSROOM_SITE_URL', 'http://localhost:3000'),
        articlePath: env('NEWSROOM_ARTICLE_PATH', '/{section}/{slug}.html'),
        publicationName: 'Tin Tây Nguyên (demo)',
        language: 'vi',
        sectionType: env('NEWSROOM_SECTION_TYPE', 'api::section.section'),
        public: env.bool('NEWSROOM_FEEDS_PUBLIC', true),
      },
      // The demo's own secret; a real site sets NEWSROOM_PREVIEW_SECRET (32+ characters).
      // Shared links open the demo's own page (playground/src/api/preview-page).
      previews: {
        secret: env('NEWSROOM_PREVIEW_SECRET', 'newsroom-demo-preview-secret-0123456789abcdef'),
        pageUrl: '/api/preview/{token}',
      },
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'newsroom-demo-users-permissions-jwt') },
  },
  graphql: {
    config: { endpoint: '/graphql', landingPage: false, defaultLimit: 25, maxLimit: 100, depthLimit: 10 },
  },
});
