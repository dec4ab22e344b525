import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  ScheduleEntry,
  ScheduleListResponse,
  ScheduleRequest,
  ScheduleSettings,
  ScheduleStatus,
} from '../../../contracts/schedules';

/** The calendar's filters, as `GET /newsroom/schedules` reads them. */
export interface ScheduleQuery {
  status?: ScheduleStatus[];
  contentType?: string;
  documentId?: string;
  locale?: string | null;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
  sort?: 'runAt:asc' | 'runAt:desc';
}

/** The query string, encoded here: the admin's fetch client writes `params` objects unencoded. */
const search = (query: ScheduleQuery): string => {
  const params = new URLSearchParams();
  if (query.status && query.status.length > 0) params.set('status', query.status.join(','));
  if (query.contentType) params.set('contentType', query.contentType);
  if (query.documentId) params.set('documentId', query.documentId);
  if (query.locale) params.set('locale', query.locale);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  params.set('page', String(query.page ?? 1));
  params.set('pageSize', String(query.pageSize ?? 100));
  params.set('sort', query.sort ?? 'runAt:asc');
  return params.toString();
};

const BASE = '/newsroom/schedules';

/** The scheduling API (admin routes under /newsroom), each call behind its RBAC action on the server. */
export const useSchedulesApi = () => {
  const { get, post, del } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (query: ScheduleQuery): Promise<ScheduleListResponse> =>
        (await get<ScheduleListResponse>(BASE, { params: search(query) })).data,
      settings: async (): Promise<ScheduleSettings> => (await get<{ data: ScheduleSettings }>(`${BASE}/settings`)).data.data,
      schedule: async (request: ScheduleRequest): Promise<ScheduleEntry> =>
        (await post<{ data: ScheduleEntry }, ScheduleRequest>(BASE, request)).data.data,
      cancel: async (id: number): Promise<ScheduleEntry> => (await del<{ data: ScheduleEntry }>(`${BASE}/${id}`)).data.data,
      run: async (id: number): Promise<ScheduleEntry> => (await post<{ data: ScheduleEntry }>(`${BASE}/${id}/run`, {})).data.data,
    }),
    [get, post, del]
  );
};

export type SchedulesApi = ReturnType<typeof useSchedulesApi>;

/** The scheduling settings (zone, schedulable types), fetched once per page load. */
let settingsOnce: Promise<ScheduleSettings> | null = null;
export const useScheduleSettings = (): ScheduleSettings | null => {
  const api = useSchedulesApi();
  const [settings, setSettings] = React.useState<ScheduleSettings | null>(null);
  React.useEffect(() => {
    let current = true;
    settingsOnce = settingsOnce ?? api.settings().catch((error) => {
      settingsOnce = null;
      throw error;
    });
    settingsOnce.then((value) => current && setSettings(value)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api]);
  return settings;
};
