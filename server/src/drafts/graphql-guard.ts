import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../get-service';
import { articlePathsOf, dropNestedArticleDrafts, GRAPHQL_FILTERS, type ArticlePaths } from './article-paths';
import { PUBLICATION_FILTER_REFUSED, RECEIPT_FIELDS, SORT_REFUSED, refuse } from './draft-guard';

type Attribute = { type?: string; relation?: string; target?: string; component?: string };
type Model = { uid: string; modelType?: string; attributes: Record<string, Attribute> };
type Info = {
  path?: PathNode;
  fieldNodes?: Array<{ selectionSet?: { selections: ReadonlyArray<{ kind: string; name?: { value: string } }> } }>;
};
type PathNode = { key: string | number; prev?: PathNode };
type Context = {
  rootQueryArgsByPath?: Map<string | number, Record<string, unknown>>;
  state?: { auth?: unknown };
};
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

const FILE = 'plugin::upload.file';
type Related = { __type?: string };

/**
 * GraphQL relation fields load their rows through the database layer, past document middlewares,
 * and take their status from their own `status` argument or their root query. For a client that
 * may not read drafts, every relation field that lands on articles (from any type or component,
 * and an article's own `localizations`, `_connection` forms included) is held to published rows;
 * asking it for drafts, or for the publication filters, is refused. The `filters` of every
 * relation or component field from which articles can be reached hold the joined articles to
 * published rows, and sorting such a field by a field of related articles is refused. Media
 * `related` (a polymorphic relation, whose Strapi resolver fails) is resolved here, without
 * article drafts. An article mutation that leaves a draft may select only the receipt fields, so
 * that nothing is written when the answer could not be given.
 */
export const draftGraphqlGuard = (strapi: Core.Strapi) => {
  const mayReadDrafts = () => getService(strapi, 'draft-access').canReadDrafts();
  let paths: ArticlePaths | undefined;
  const articlePaths = () => (paths ??= articlePathsOf(strapi));

  /** `filters` and `sort` of a field whose rows are of `target`: joined articles published only, no sort by them. */
  const guardArgs = (target: string, args: Record<string, unknown>): Record<string, unknown> => {
    const rules = articlePaths();
    if (rules.sortJoinsArticles(target, args.sort)) refuse(SORT_REFUSED);
    return args.filters === undefined ? args : { ...args, filters: rules.publishedOnlyFilters(target, args.filters, GRAPHQL_FILTERS) };
  };

  const publishedOnly: ResolverMiddleware = (next, parent, args, context, info) => {
    if (mayReadDrafts()) return next(parent, args, context, info);
    const root = rootArgs(info, context);
    if (args.status === 'draft') refuse();
    if (args.publicationFilter !== undefined || root?.publicationFilter !== undefined || root?.hasPublishedVersion !== undefined) {
      refuse(PUBLICATION_FILTER_REFUSED);
    }
    return next(parent, { ...guardArgs(UID.article, args), status: 'published' }, context, info);
  };

  const reachingArticles =
    (target: string): ResolverMiddleware =>
    (next, parent, args, context, info) =>
      mayReadDrafts() ? next(parent, args, context, info) : next(parent, guardArgs(target, args), context, info);

  /** A media's `related`: every row that uses the file, sanitized as Strapi does, article drafts left out for the untrusted. */
  const uploadRelated: ResolverMiddleware = async (_next, parent, _args, context) => {
    const loaded: unknown = await strapi.db.query(FILE).load(parent as { id: number }, 'related');
    const rows = (Array.isArray(loaded) ? loaded : []) as Related[];
    const visible = mayReadDrafts() ? rows : await withoutArticleDrafts(rows);
    const sanitized = (await strapi.contentAPI.sanitize.output({ related: visible }, strapi.getModel(FILE), {
      auth: context.state?.auth,
    })) as { related?: unknown } | undefined;
    return Array.isArray(sanitized?.related) ? sanitized.related : [];
  };

  const withoutArticleDrafts = async (rows: Related[]): Promise<Related[]> => {
    const wrapped = { id: 0, related: rows };
    await dropNestedArticleDrafts(strapi, articlePaths(), FILE, wrapped);
    return wrapped.related;
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
    const rules = articlePaths();
    for (const model of models) {
      const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
      for (const [field, attribute] of Object.entries(model.attributes)) {
        const target = attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : undefined;
        if (!target) continue;
        const middleware = target === UID.article ? publishedOnly : rules.reaches(target) ? reachingArticles(target) : undefined;
        if (!middleware) continue;
        // To-many relations have a `<field>_connection` twin with the same resolver.
        for (const name of [field, `${field}_connection`]) resolversConfig[`${typeName}.${name}`] = { middlewares: [middleware] };
      }
    }
    resolversConfig['UploadFile.related'] = { middlewares: [uploadRelated] };
    const article = app.contentType(UID.article) as unknown as Model;
    for (const mutation of [naming.getCreateMutationTypeName(article), naming.getUpdateMutationTypeName(article)]) {
      resolversConfig[`Mutation.${mutation}`] = { middlewares: [receiptOnlyForDrafts] };
    }
    return { resolversConfig };
  };
};
