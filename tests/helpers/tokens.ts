import type { Core } from '@strapi/strapi';

type TokenType = 'full-access' | 'read-only' | 'custom';

/** Creates an API token and returns its secret, as an admin would in Settings › API Tokens. */
export const createApiToken = async (
  strapi: Core.Strapi,
  type: TokenType,
  permissions: string[] = []
): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${Math.random().toString(36).slice(2)}`,
    type,
    lifespan: null,
    permissions: type === 'custom' ? permissions : undefined,
  });
  return token.accessKey as string;
};
