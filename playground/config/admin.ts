export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-demo-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-demo-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-demo-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-demo-encryption-key-32b') },
  flags: { nps: false, promoteEE: false },
  // The edit view's Preview panel shows an article draft on the demo's preview page, through a
  // short-lived preview link made for the admin asking (null for other types and published versions).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'"],
      async handler(uid: string, params: { documentId?: string; locale?: string | null; status?: string | null }) {
        return strapi.plugin('newsroom').service('preview-panel').url(uid, params);
      },
    },
  },
});
