import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SubmittedComment } from '../../../contracts/comments';
import { UID } from '../constants';
import { getService } from '../get-service';
import { LOCKS, withLocks } from './comment-locks';
import { READER, RULE, replyPlacement, toPublic, type CommentRow } from './comment-rows';
import type { SubmissionInput } from './rules/comment-input';
import { initialStatus } from './rules/initial-status';
import { contentHash } from './rules/sender-hash';
import { fieldError } from '../shared/parsed';

export interface Sender {
  ip: string;
  userAgent: string;
  userId: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Too many comments from one sender: a 429, with the seconds to wait (Retry-After). */
export class FloodError extends errors.RateLimitError {
  constructor(public retryAfter: number) {
    super(`Please wait ${retryAfter} s before commenting again`, { retryAfter });
  }
}

/** The same comment again: the controller answers 409 (Strapi has no conflict error class). */
export class DuplicateCommentError extends errors.ApplicationError {
  constructor() {
    super('You have already posted this comment on this article');
    (this as { name: string }).name = 'ConflictError';
  }
}

/**
 * A reader's comment, through every rule in order: the article (404), comments open (403), the
 * honeypot (stored as spam, answered as accepted), duplicates (409) and flooding (429) under a
 * lock per sender that holds across instances, then the content rules that set its status.
 */
const createCommentSubmissionService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(articleId: string, locale: unknown, input: SubmissionInput, sender: Sender): Promise<SubmittedComment> {
    const rules = getService(strapi, 'comment-rules');
    const config = rules.config();
    const comments = strapi.db.query(UID.comment);

    const article = await getService(strapi, 'comment-articles').published(articleId, locale);
    let parent: CommentRow | null = null;
    if (input.parent !== null) {
      parent = await comments.findOne({ where: { id: input.parent } });
      const sameArticle = parent?.articleDocumentId === article.documentId && parent?.articleLocale === article.locale;
      if (!parent || !sameArticle || parent.status !== 'approved') {
        throw new errors.ValidationError('parent must be an approved comment of the same article', {
          errors: [fieldError('parent', 'parent must be an approved comment of the same article')],
        });
      }
    }
    // A PolicyError keeps its message: Strapi's router turns a plain ForbiddenError into "Forbidden".
    if (!article.commentsEnabled) throw new errors.PolicyError('Comments are closed on this article', { policy: 'newsroom::comments-open' });
    if (config.closeAfterDays > 0 && article.originalPublishedAt) {
      const closesAt = new Date(article.originalPublishedAt).getTime() + config.closeAfterDays * DAY_MS;
      if (Date.now() > closesAt) {
        throw new errors.PolicyError(`Comments are closed: they close ${config.closeAfterDays} days after publication`, { policy: 'newsroom::comments-open' });
      }
    }

    const ipHash = rules.hash(sender.ip);
    const emailHash = rules.hash(input.authorEmail);
    const hash = contentHash(input.content);
    const placement = parent ? replyPlacement(parent, config.maxDepth) : { parentId: null, rootId: null, depth: 0 };
    const base = {
      articleDocumentId: article.documentId,
      articleLocale: article.locale,
      ...placement,
      authorName: input.authorName,
      authorEmail: input.authorEmail,
      authorUserId: sender.userId,
      content: input.content,
      isStaff: false,
      ipHash,
      userAgent: sender.userAgent.slice(0, 500),
      contentHash: hash,
      reportCount: 0,
    };

    // Submissions sharing an IP or an email take turns, across instances: the flood and duplicate
    // checks then see each other's rows.
    const stored = await withLocks(strapi, [LOCKS.sender(ipHash), LOCKS.sender(emailHash)], async () => {
      if (input.honeypot) return comments.create({ data: { ...base, status: 'spam' } }) as Promise<CommentRow>;
      const duplicate = await comments.count({
        where: { articleDocumentId: article.documentId, articleLocale: article.locale, authorEmail: input.authorEmail, contentHash: hash },
      });
      if (duplicate > 0) throw new DuplicateCommentError();
      if (config.floodIntervalSeconds > 0) {
        const since = new Date(Date.now() - config.floodIntervalSeconds * 1000);
        const last: Pick<CommentRow, 'createdAt'> | null = await comments.findOne({
          select: ['createdAt'],
          where: { createdAt: { $gt: since }, $or: [{ ipHash }, { authorEmail: input.authorEmail }] },
          orderBy: { createdAt: 'desc' },
        });
        if (last) {
          const waitMs = new Date(last.createdAt).getTime() + config.floodIntervalSeconds * 1000 - Date.now();
          throw new FloodError(Math.max(1, Math.ceil(waitMs / 1000)));
        }
      }
      const findings = rules.inspect({ ...input, ipHash });
      const knownAuthor =
        config.autoApproveKnownAuthors &&
        (await comments.count({ where: { authorEmail: input.authorEmail, status: 'approved' } })) > 0;
      const decision = initialStatus({ ...findings, knownAuthor });
      const row: CommentRow = await comments.create({
        data: { ...base, status: decision.status, approvedAt: decision.status === 'approved' ? new Date() : null },
      });
      await getService(strapi, 'comment-history').record([row.id], new Map(), decision.status, decision.status === 'pending' ? READER(sender.userId, input.authorName) : RULE, decision.reason);
      return row;
    });
    if (stored.status === 'approved') await getService(strapi, 'comment-count').recount([article]);

    const notifications = getService(strapi, 'comment-notifications');
    if (stored.status === 'pending') await notifications.pendingComment(stored, article.title);
    if (stored.status === 'approved') await notifications.replyApproved(stored);
    // A bot that filled the honeypot is told what a reader would be told.
    return { ...toPublic(stored), status: input.honeypot ? 'pending' : stored.status };
  },
});

export default createCommentSubmissionService;
