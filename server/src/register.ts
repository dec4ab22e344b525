import type { Core, Modules } from '@strapi/strapi';
import { UID } from './constants';
import documentMiddlewares from './document-middlewares';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): void };
}

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  for (const middleware of Object.values(documentMiddlewares)) {
    // Strapi types the context as a union over every content type; ours reads the common part only.
    strapi.documents.use(middleware(strapi) as unknown as Modules.Documents.Middleware.Middleware);
  }
  // Slug history is internal: keep it out of the GraphQL schema.
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    (graphql.service('extension') as GraphqlExtension).shadowCRUD(UID.slugRedirect).disable();
  }
};

export default register;
