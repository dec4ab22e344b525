import * as React from 'react';
import type { ModerationListResponse } from '../../../contracts/comments';
import { useCommentsApi, type QueueQuery } from './useCommentsApi';

interface QueueState {
  data: ModerationListResponse | null;
  error: unknown;
  isLoading: boolean;
}

/** One page of the moderation queue for the filters; `reload()` after a change. Late answers are dropped. */
export const useCommentQueue = (query: QueueQuery) => {
  const api = useCommentsApi();
  const [state, setState] = React.useState<QueueState>({ data: null, error: null, isLoading: true });
  const [version, setVersion] = React.useState(0);
  const latest = React.useRef(0);
  const { status, article, q, page, pageSize } = query;

  React.useEffect(() => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    api
      .list({ status, article, q, page, pageSize })
      .then((data) => {
        if (request === latest.current) setState({ data, error: null, isLoading: false });
      })
      .catch((error: unknown) => {
        if (request === latest.current) setState((previous) => ({ data: previous.data, error, isLoading: false }));
      });
  }, [api, status, article, q, page, pageSize, version]);

  const reload = React.useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, reload };
};
