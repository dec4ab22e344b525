/** Shapes shared by the server and the admin for scheduled publication. */

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

/**
 * `scheduled` waits for its time (or for a retry), `running` is claimed by one instance for the
 * length of a lease, `done` ran (or had nothing left to do), `failed` ran out of attempts or was
 * missed, `cancelled` was cancelled, replaced, or its document was deleted.
 */
export const SCHEDULE_STATUSES = ['scheduled', 'running', 'done', 'failed', 'cancelled'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** Where an entry that is `done` or `cancelled` came from, for the calendar's wording. */
export const SCHEDULE_OUTCOMES = [
  'published',
  'unpublished',
  'already-published',
  'not-published',
  'published-by-hand',
  'replaced',
  'cancelled',
  'document-deleted',
  'missed',
  'error',
] as const;
export type ScheduleOutcome = (typeof SCHEDULE_OUTCOMES)[number];

/** One scheduled action on one document (and locale), as the admin sees it. */
export interface ScheduleEntry {
  id: number;
  contentType: string;
  documentId: string;
  /** null for a content type without i18n. */
  locale: string | null;
  action: ScheduleAction;
  /** The instant, in UTC (ISO 8601). */
  runAt: string;
  /** The IANA time zone the editor chose; the admin shows `runAt` in it. */
  timezone: string;
  status: ScheduleStatus;
  outcome: ScheduleOutcome | null;
  attempts: number;
  /** When a `scheduled` entry that failed will be tried again (null otherwise). */
  retryAt: string | null;
  lastError: string | null;
  ranAt: string | null;
  createdBy: { id: number | null; name: string | null };
  createdAt: string;
  updatedAt: string;
  /** The document's title (its Content Manager main field) when it still exists. */
  title: string | null;
}

export interface ScheduleListQuery {
  status?: ScheduleStatus | ScheduleStatus[];
  contentType?: string;
  documentId?: string;
  locale?: string;
  /** runAt from (inclusive), ISO 8601. */
  from?: string;
  /** runAt to (exclusive), ISO 8601. */
  to?: string;
  page?: number;
  pageSize?: number;
  sort?: 'runAt:asc' | 'runAt:desc';
}

export interface ScheduleListResponse {
  data: ScheduleEntry[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    counts: Record<ScheduleStatus, number>;
  };
}

/**
 * Create, or replace the `scheduled` entry with the same content type, document, locale and action.
 * `runAt` is ISO 8601: with `Z` or an offset it is that instant; without one it is a wall-clock
 * time in `timezone` (e.g. "2026-12-01T06:00" in Asia/Ho_Chi_Minh is 2026-11-30T23:00:00Z).
 */
export interface ScheduleRequest {
  contentType: string;
  documentId: string;
  locale?: string | null;
  action: ScheduleAction;
  runAt: string;
  timezone?: string;
}

export interface ScheduleResponse {
  data: ScheduleEntry;
}

/** GET /newsroom/schedules/settings: what the admin needs to draw its pickers. */
export interface ScheduleSettings {
  timezone: string;
  tickSeconds: number;
  contentTypes: string[];
}

export const SCHEDULE_PAGE_SIZE_MAX = 500;
