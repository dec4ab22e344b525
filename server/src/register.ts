import type { Core, Modules } from '@strapi/strapi';
import { INTERNAL_TYPES } from './constants';
import documentMiddlewares from './document-middlewares';
import { commentGraphql } from './comments/graphql';
import { searchGraphql } from './delivery/search/graphql';
import { commentAdminActions } from './comments/routes';
import { scheduleAdminActions } from './scheduling/routes';
import { draftGraphqlGuard } from './drafts/graphql-guard';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): void };
  use(extension: unknown): void;
}

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([...commentAdminActions, ...scheduleAdminActions]);
  for (const middleware of Object.values(documentMiddlewares)) {
    // Strapi types the context as a union over every content type; ours reads the common part only.
    strapi.documents.use(middleware(strapi) as unknown as Modules.Documents.Middleware.Middleware);
  }
  // Strapi's `_q` searches every string column; a private one (a byline's or a commenter's
  // email) must never be searchable, on any type of the plugin, now or later.
  for (const contentType of Object.values(strapi.contentTypes)) {
    if (!contentType.uid.startsWith('plugin::newsroom.')) continue;
    for (const attribute of Object.values(contentType.attributes) as Array<{ private?: boolean; searchable?: boolean }>) {
      if (attribute.private) attribute.searchable = false;
    }
  }
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    const extension = graphql.service('extension') as GraphqlExtension;
    for (const uid of INTERNAL_TYPES) extension.shadowCRUD(uid).disable();
    extension.use(draftGraphqlGuard(strapi));
    extension.use(commentGraphql(strapi));
    extension.use(searchGraphql(strapi));
  }
};

export default register;
