import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { valid } from '../../shared/parsed';
import { getService } from '../../get-service';
import { parseSearchQuery } from './rules/search-query';

/** GraphQL's arguments as the REST parser reads them: absent ones dropped, numbers as written. */
const asQuery = (args: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, typeof value === 'number' ? String(value) : value])
  );

/**
 * `newsroomSearch(q, page, pageSize, locale)`: the REST route's parser, service, permission (the
 * articles' `find`) and errors; `nodes` are the REST answer's `data`.
 */
export const searchGraphql = (strapi: Core.Strapi) => () => ({
  typeDefs: `
  type NewsroomSearchHit {
    documentId: ID!
    locale: String
    title: String!
    slug: String
    bylineText: String
    publishedAt: String!
    firstPublishedAt: String!
    matchedIn: String!
    snippet: String!
    ranges: [[Int!]!]!
    titleRanges: [[Int!]!]!
  }
  type NewsroomSearchPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }
  type NewsroomSearchResult {
    nodes: [NewsroomSearchHit!]!
    pagination: NewsroomSearchPagination!
    "More articles match than pagination.total says (search.maxHits)."
    totalCapped: Boolean!
    locale: String
    terms: [String!]!
  }
  extend type Query {
    newsroomSearch(q: String!, page: Int, pageSize: Int, locale: I18NLocaleCode): NewsroomSearchResult!
  }
`,
  resolvers: {
    Query: {
      async newsroomSearch(_: unknown, args: Record<string, unknown>) {
        const service = getService(strapi, 'search-articles');
        const request = valid(parseSearchQuery(asQuery(args), service.config()));
        const { data, meta } = await service.search(request);
        return { nodes: data, pagination: meta.pagination, totalCapped: meta.totalCapped, locale: meta.locale, terms: meta.terms };
      },
    },
  },
  resolversConfig: {
    'Query.newsroomSearch': { auth: { scope: [`${UID.article}.find`] } },
  },
});
