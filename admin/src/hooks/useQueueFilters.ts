import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import { COMMENT_STATUSES, type CommentStatus } from '../../../contracts/comments';
import type { QueueQuery } from './useCommentsApi';

export const DEFAULT_STATUS: CommentStatus = 'pending';
export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

const positive = (value: string | null, fallback: number, max: number): number => {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 && parsed <= max ? parsed : fallback;
};

/**
 * The queue's filters, kept in the page's address (bookmarkable, and the homepage widget links to
 * it): `status` (pending by default), `article` (documentId), `q`, `page`, `pageSize`.
 */
export const useQueueFilters = () => {
  const [params, setParams] = useSearchParams();

  const query = React.useMemo<QueueQuery & { status: CommentStatus }>(() => {
    const status = params.get('status');
    const article = params.get('article')?.trim();
    const q = params.get('q')?.trim();
    const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100);
    return {
      status: COMMENT_STATUSES.includes(status as CommentStatus) ? (status as CommentStatus) : DEFAULT_STATUS,
      article: article && /^[A-Za-z0-9]{1,64}$/.test(article) ? article : undefined,
      q: q ? q.slice(0, 200) : undefined,
      page: positive(params.get('page'), 1, 1_000_000),
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    };
  }, [params]);

  /** Changes some filters; any change but the page's own goes back to page 1. */
  const update = React.useCallback(
    (changes: Partial<QueueQuery>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: false }
      );
    },
    [setParams]
  );

  return [query, update] as const;
};
