import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  CommentEvent,
  CommentStatus,
  ModerateRequest,
  ModerationComment,
  ModerationListResponse,
} from '../../../contracts/comments';

/** The queue's filters, as the admin route `GET /newsroom/comments` reads them. */
export interface QueueQuery {
  status?: CommentStatus;
  article?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** The query string, encoded here: the admin's fetch client writes `params` objects unencoded. */
export const queueSearch = (query: QueueQuery): string => {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.article) params.set('article', query.article);
  if (query.q) params.set('q', query.q);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params.toString();
};

const BASE = '/newsroom/comments';

/** The moderation API (admin routes under /newsroom), each call behind its RBAC action on the server. */
export const useCommentsApi = () => {
  const { get, post, put, del } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (query: QueueQuery): Promise<ModerationListResponse> =>
        (await get<ModerationListResponse>(BASE, { params: queueSearch(query) })).data,
      moderate: async (request: ModerateRequest): Promise<ModerationComment[]> =>
        (await post<{ data: ModerationComment[] }, ModerateRequest>(`${BASE}/moderate`, request)).data.data,
      edit: async (id: number, content: string): Promise<ModerationComment> =>
        (await put<{ data: ModerationComment }>(`${BASE}/${id}`, { content })).data.data,
      remove: async (id: number): Promise<void> => {
        await del(`${BASE}/${id}`);
      },
      reply: async (id: number, content: string): Promise<ModerationComment> =>
        (await post<{ data: ModerationComment }>(`${BASE}/${id}/reply`, { content })).data.data,
      history: async (id: number): Promise<CommentEvent[]> =>
        (await get<{ data: CommentEvent[] }>(`${BASE}/${id}/history`)).data.data,
    }),
    [get, post, put, del]
  );
};

export type CommentsApi = ReturnType<typeof useCommentsApi>;
