import type { ScheduleAction, ScheduleEntry, ScheduleOutcome, ScheduleStatus } from '../../../contracts/schedules';

/** A row of `newsroom_schedules` as the query engine returns it. */
export interface ScheduleRow {
  id: number;
  contentType: string;
  targetDocumentId: string;
  targetLocale: string | null;
  action: ScheduleAction;
  runAt: string | Date;
  timezone: string;
  status: ScheduleStatus;
  dueAt: string | Date;
  outcome: string | null;
  attempts: number | null;
  lastError: string | null;
  claimedBy: string | null;
  ranAt: string | Date | null;
  requestedAt: string | Date;
  authorId: number | null;
  authorName: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

/** The key of a document version in the titles map. */
export const targetKey = (row: ScheduleRow): string => `${row.contentType}:${row.targetDocumentId}:${row.targetLocale ?? ''}`;

/** The row as the admin API answers it (never the claim token). */
export const toEntry = (row: ScheduleRow, title: string | null): ScheduleEntry => ({
  id: row.id,
  contentType: row.contentType,
  documentId: row.targetDocumentId,
  locale: row.targetLocale ? row.targetLocale : null,
  action: row.action,
  runAt: iso(row.runAt) as string,
  timezone: row.timezone,
  status: row.status,
  outcome: (row.outcome as ScheduleOutcome | null) ?? null,
  attempts: row.attempts ?? 0,
  retryAt: row.status === 'scheduled' && (row.attempts ?? 0) > 0 ? iso(row.dueAt) : null,
  lastError: row.lastError,
  ranAt: iso(row.ranAt),
  createdBy: { id: row.authorId, name: row.authorName },
  createdAt: iso(row.createdAt) as string,
  updatedAt: iso(row.updatedAt) as string,
  title,
});
