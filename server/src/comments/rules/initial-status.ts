import type { CommentStatus } from '../../../../contracts/comments';

export interface RuleFindings {
  /** A block-list entry matched the text, the email or the IP. */
  blocked: boolean;
  links: number;
  linkThreshold: number;
  /** A moderation keyword matched. */
  flagged: boolean;
  /** The email has an earlier approved comment, and auto-approval of known authors is on. */
  knownAuthor: boolean;
}

export interface StatusDecision {
  status: CommentStatus;
  /** Why, for the moderation history. */
  reason: string;
}

/**
 * The status a new comment starts in, rules in the order: the block list makes it spam;
 * links at or above the threshold, or a moderation keyword, send it to moderation whatever else
 * applies; an author with an approved comment may be approved at once; otherwise it waits.
 */
export const initialStatus = (findings: RuleFindings): StatusDecision => {
  if (findings.blocked) return { status: 'spam', reason: 'block list' };
  if (findings.links >= findings.linkThreshold) return { status: 'pending', reason: `${findings.links} links` };
  if (findings.flagged) return { status: 'pending', reason: 'moderation keyword' };
  if (findings.knownAuthor) return { status: 'approved', reason: 'known author' };
  return { status: 'pending', reason: 'awaiting moderation' };
};
