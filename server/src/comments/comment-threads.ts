import type { Core } from '@strapi/strapi';
import type { ThreadNode, ThreadResponse } from '../../../contracts/comments';
import { UID } from '../constants';
import { getService } from '../get-service';
import { toPublic, type CommentRow } from './comment-rows';
import type { ThreadQuery } from './rules/comment-input';

/**
 * A public thread: approved comments only, top-level ones paginated, their replies nested. Three
 * queries per page whatever the number of comments: the count, the page of top-level comments,
 * and every approved reply under them (found by `rootId`).
 */
const createCommentThreadsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async thread(articleId: string, locale: unknown, query: ThreadQuery): Promise<ThreadResponse> {
    const article = await getService(strapi, 'comment-articles').published(articleId, locale);
    const comments = strapi.db.query(UID.comment);
    const scope = { articleDocumentId: article.documentId, articleLocale: article.locale, status: 'approved' };
    const direction = query.sort === 'newest' ? 'desc' : 'asc';

    const total = await comments.count({ where: { ...scope, parentId: null } });
    const roots: CommentRow[] = await comments.findMany({
      where: { ...scope, parentId: null },
      orderBy: [{ createdAt: direction }, { id: direction }],
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const replies: CommentRow[] =
      roots.length === 0
        ? []
        : await comments.findMany({
            where: { ...scope, rootId: { $in: roots.map((root) => root.id) } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          });

    const { maxDepth } = getService(strapi, 'comment-rules').config();
    const nodes = new Map<number, { node: ThreadNode; depth: number; parentId: number | null }>();
    const node = (row: CommentRow, depth: number, parentId: number | null): ThreadNode => {
      const created: ThreadNode = { ...toPublic(row), replyCount: 0, replies: [] };
      nodes.set(row.id, { node: created, depth, parentId });
      return created;
    };
    const data = roots.map((row) => node(row, 0, null));
    // Oldest first, so a parent is placed before its replies; a reply whose parent is not
    // approved (any more) is not shown. Replies never nest deeper than the configured depth, even
    // those written under a deeper setting: one below the deepest level joins its parent's level.
    for (const row of replies) {
      let parent = row.parentId === null ? undefined : nodes.get(row.parentId);
      if (!parent) continue;
      while (parent.depth > 0 && parent.depth >= maxDepth - 1 && parent.parentId !== null) parent = nodes.get(parent.parentId)!;
      parent.node.replies.push(node(row, parent.depth + 1, parent.node.id));
      parent.node.replyCount += 1;
    }
    return {
      data,
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
        sort: query.sort,
      },
    };
  },
});

export default createCommentThreadsService;
