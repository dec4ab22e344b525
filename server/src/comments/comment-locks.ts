import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { getService } from '../get-service';

/**
 * The comment feature's write locks (see shared/write-lock): named after buckets, not after each
 * sender, article or comment, so that their rows stay few (256 per kind) however much is written.
 * Two writers that share a bucket only take turns.
 */
const bucket = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 2);

export const LOCKS = {
  /** Submissions by one sender (an IP or an email hash): flood and duplicate checks. */
  sender: (hash: string) => `comment-sender:${bucket(hash)}`,
  /** Reports of one comment. */
  report: (commentId: number) => `comment-report:${bucket(String(commentId))}`,
  /** The comment count of one article in one locale. */
  count: (documentId: string, locale: string | null) => `comment-count:${bucket(`${documentId}\u0000${locale ?? ''}`)}`,
  /** Status changes by moderators. */
  moderation: 'comment-moderation',
  /** The moderators' email rate limit. */
  notify: 'comment-notify-moderators',
} as const;

/** Names each process has already taken once (per Strapi instance). */
const used = new WeakMap<Core.Strapi, Set<string>>();

/**
 * Runs `task` holding every lock named, in one order (so that two writers never wait for each
 * other in a cycle), in one transaction. On MySQL the write lock creates a name's row, at its
 * first use in a process, under a lock of its own (`*`) held to the end of the transaction; asking
 * for that while holding another name could deadlock with a writer holding the name and waiting
 * for `*`. So each name of several is first taken once on its own.
 */
export const withLocks = async <T>(strapi: Core.Strapi, names: string[], task: () => Promise<T>): Promise<T> => {
  const lock = getService(strapi, 'write-lock');
  const sorted = [...new Set(names)].sort();
  if (sorted.length > 1) {
    let seen = used.get(strapi);
    if (!seen) used.set(strapi, (seen = new Set()));
    for (const name of sorted) {
      if (seen.has(name)) continue;
      await lock.withLock(name, async () => undefined);
      seen.add(name);
    }
  }
  const take = (i: number): Promise<T> => (i === sorted.length ? task() : lock.withLock(sorted[i], () => take(i + 1)));
  return take(0);
};
