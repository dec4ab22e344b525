import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { PUBLICATION_FILTER_REFUSED, RECEIPT_FIELDS, refuse } from './draft-guard';

type Attribute = { type?: string; relation?: string; target?: string };
type Model = { uid: string; modelType?: string; attributes: Record<string, Attribute> };
type Info = {
  path?: PathNode;
  fieldNodes?: Array<{ selectionSet?: { selections: ReadonlyArray<{ kind: string; name?: { value: string } }> } }>;
};
type PathNode = { key: string | number; prev?: PathNode };
type Context = { rootQueryArgsByPath?: Map<string | number, Record<string, unknown>> };
type Next = (parent: unknown, args: Record<string, unknown>, context: Context, info: Info) => unknown;
type ResolverMiddleware = (next: Next, parent: unknown, args: Record<string, unknown>, context: Context, info: Info) => unknown;

interface Naming {
  getTypeName(model: Model): string;
  getComponentName(model: Model): string;
  getCreateMutationTypeName(model: Model): string;
  getUpdateMutationTypeName(model: Model): string;
}

/** The args of the root query this field resolves under (GraphQL relation fields inherit them). */
const rootArgs = (info: Info, context: Context): Record<string, unknown> | undefined => {
  let node = info.path;
  while (node?.prev) node = node.prev;
  return node ? context.rootQueryArgsByPath?.get(node.key) : undefined;
};

/**
 * GraphQL relation fields load their rows through the database layer, past document middlewares,
 * and take their status from their own `status` argument or their root query. For a client that
 * may not read drafts, every relation field that lands on articles (from any type or component,
 * and an article's `localizations`) is held to published rows; asking it for drafts, or for the
 * publication filters, is refused. Media `related` (a polymorphic relation) drops article drafts.
 * An article mutation that leaves a draft may select only the receipt fields, so that nothing is
 * written when the answer could not be given.
 */
export const draftGraphqlGuard = (strapi: Core.Strapi) => {
  const mayReadDrafts = () => getService(strapi, 'draft-access').canReadDrafts();

  const publishedOnly: ResolverMiddleware = (next, parent, args, context, info) => {
    if (mayReadDrafts()) return next(parent, args, context, info);
    const root = rootArgs(info, context);
    if (args.status === 'draft') refuse();
    if (args.publicationFilter !== undefined || root?.publicationFilter !== undefined || root?.hasPublishedVersion !== undefined) {
      refuse(PUBLICATION_FILTER_REFUSED);
    }
    return next(parent, { ...args, status: 'published' }, context, info);
  };

  const withoutArticleDrafts: ResolverMiddleware = async (next, parent, args, context, info) => {
    const result = await next(parent, args, context, info);
    if (mayReadDrafts() || !Array.isArray(result)) return result;
    return result.filter((item: { __type?: string; publishedAt?: unknown }) => item?.__type !== UID.article || item.publishedAt != null);
  };

  const receiptOnlyForDrafts: ResolverMiddleware = (next, parent, args, context, info) => {
    if (args.status === 'draft' && !mayReadDrafts()) {
      const selections = info.fieldNodes?.[0]?.selectionSet?.selections ?? [];
      const allowed = new Set<string>([...RECEIPT_FIELDS, '__typename']);
      const selectsMore = selections.some((node) => node.kind !== 'Field' || !allowed.has(node.name?.value ?? ''));
      if (selectsMore) {
        refuse(`Drafts are not available to this client: a draft write may select only ${RECEIPT_FIELDS.join(', ')}`);
      }
    }
    return next(parent, args, context, info);
  };

  return ({ strapi: app }: { strapi: Core.Strapi }) => {
    const { naming } = app.plugin('graphql').service('utils') as { naming: Naming };
    const models = [...Object.values(app.contentTypes), ...Object.values(app.components)] as unknown as Model[];
    const resolversConfig: Record<string, { middlewares: ResolverMiddleware[] }> = {};
    for (const model of models) {
      const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
      for (const [field, attribute] of Object.entries(model.attributes)) {
        if (attribute.type === 'relation' && attribute.target === UID.article) {
          resolversConfig[`${typeName}.${field}`] = { middlewares: [publishedOnly] };
        }
      }
    }
    resolversConfig['UploadFile.related'] = { middlewares: [withoutArticleDrafts] };
    const article = app.contentType(UID.article) as unknown as Model;
    for (const mutation of [naming.getCreateMutationTypeName(article), naming.getUpdateMutationTypeName(article)]) {
      resolversConfig[`Mutation.${mutation}`] = { middlewares: [receiptOnlyForDrafts] };
    }
    return { resolversConfig };
  };
};
