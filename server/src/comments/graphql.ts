import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../get-service';
import { fieldError, parseId, valid } from '../shared/parsed';
import { parseReport, parseSubmission, parseThreadQuery } from './rules/comment-input';

interface GraphqlContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: { id?: number; username?: string | null; email?: string | null } | null } };
  koaContext: Context;
}

const accountOf = (context: GraphqlContext) => {
  const auth = context.state.auth;
  const user = auth?.strategy?.name === 'users-permissions' ? auth.credentials : null;
  return user?.id && user.email ? { id: user.id, name: user.username || user.email.split('@')[0], email: user.email } : null;
};

/** Drops GraphQL's `undefined` (absent) arguments so the REST parsers see the same shape. */
const defined = (args: Record<string, unknown>) => Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null));

/**
 * The comment API on GraphQL: the same parsers, services, permissions (the users-permissions
 * actions of the REST routes) and errors. The comment collection itself has no shadow CRUD.
 */
export const commentGraphql = (strapi: Core.Strapi) => () => {
  const { honeypotField } = getService(strapi, 'comment-rules').config();
  const honeypot = /^[A-Za-z_][A-Za-z0-9_]*$/.test(honeypotField) ? `\n    ${honeypotField}: String` : '';
  return {
    typeDefs: `
  type NewsroomComment {
    id: ID!
    parentId: ID
    authorName: String!
    content: String!
    isStaff: Boolean!
    createdAt: String!
    replyCount: Int!
    replies: [NewsroomComment!]!
  }
  type NewsroomSubmittedComment {
    id: ID!
    parentId: ID
    authorName: String!
    content: String!
    isStaff: Boolean!
    createdAt: String!
    status: String!
  }
  type NewsroomCommentPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }
  type NewsroomCommentThread {
    nodes: [NewsroomComment!]!
    pagination: NewsroomCommentPagination!
    sort: String!
  }
  type NewsroomCommentReport {
    id: ID!
    reported: Boolean!
  }
  input NewsroomCommentInput {
    authorName: String
    authorEmail: String
    content: String
    parent: ID${honeypot}
  }
  extend type Query {
    newsroomCommentThread(article: ID!, locale: String, page: Int, pageSize: Int, sort: String): NewsroomCommentThread!
  }
  extend type Mutation {
    newsroomSubmitComment(article: ID!, locale: String, data: NewsroomCommentInput!): NewsroomSubmittedComment!
    newsroomReportComment(id: ID!, reason: String!): NewsroomCommentReport!
  }
`,
    resolvers: {
      Query: {
        async newsroomCommentThread(_: unknown, args: Record<string, unknown>) {
          const { article, locale, ...rest } = defined(args);
          const query = valid(parseThreadQuery(rest));
          const thread = await getService(strapi, 'comment-threads').thread(String(article), locale, query);
          return { nodes: thread.data, pagination: thread.meta.pagination, sort: thread.meta.sort };
        },
      },
      Mutation: {
        async newsroomSubmitComment(_: unknown, args: { article: string; locale?: string; data: Record<string, unknown> }, context: GraphqlContext) {
          const account = accountOf(context);
          const config = getService(strapi, 'comment-rules').config();
          const input = valid(
            parseSubmission({ data: defined(args.data ?? {}) }, { maxLength: config.maxLength, honeypotField: config.honeypotField, account })
          );
          const ctx = context.koaContext;
          const sender = { ip: ctx.request.ip, userAgent: String(ctx.get('user-agent') ?? ''), userId: account?.id ?? null };
          return getService(strapi, 'comment-submission').submit(args.article, args.locale, input, sender);
        },
        async newsroomReportComment(_: unknown, args: { id: string; reason: string }, context: GraphqlContext) {
          const id = parseId(args.id);
          const { reason } = valid(parseReport({ data: { reason: args.reason } }));
          if (id === null) return valid({ ok: false, errors: [fieldError('id', 'id must be a comment id')] });
          const account = accountOf(context);
          await getService(strapi, 'comment-reports').report(id, reason, { ip: context.koaContext.request.ip, userId: account?.id ?? null });
          return { id, reported: true };
        },
      },
    },
    resolversConfig: {
      'Query.newsroomCommentThread': { auth: { scope: ['plugin::newsroom.comment.thread'] } },
      'Mutation.newsroomSubmitComment': { auth: { scope: ['plugin::newsroom.comment.submit'] } },
      'Mutation.newsroomReportComment': { auth: { scope: ['plugin::newsroom.comment.report'] } },
    },
  };
};
