import request from 'supertest';
import type { Core } from '@strapi/strapi';

/** supertest against Strapi's own http server (no port is opened). */
export const http = (strapi: Core.Strapi) => request(strapi.server.httpServer);

export const bearer = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

/** POSTs a GraphQL operation; returns the parsed body. */
export const graphql = async (
  strapi: Core.Strapi,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string
) => {
  const res = await http(strapi).post('/graphql').set(bearer(token)).send({ query, variables });
  return res.body as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
};
