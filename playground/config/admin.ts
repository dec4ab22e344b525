export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-demo-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-demo-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-demo-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-demo-encryption-key-32b') },
  flags: { nps: false, promoteEE: false },
});
