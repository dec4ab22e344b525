import {
  SCHEDULE_ACTIONS,
  SCHEDULE_PAGE_SIZE_MAX,
  SCHEDULE_STATUSES,
  type ScheduleAction,
  type ScheduleStatus,
} from '../../../../contracts/schedules';
import { fieldError, isRecord, type FieldError, type Parsed } from '../../shared/parsed';
import { isTimeZone, parseInstant } from './zoned-time';

export interface ScheduleInput {
  contentType: string;
  documentId: string;
  locale: string | null;
  action: ScheduleAction;
  runAt: Date;
  timezone: string;
}

export interface ScheduleQuery {
  statuses: ScheduleStatus[];
  contentType: string | null;
  documentId: string | null;
  locale: string | null;
  from: Date | null;
  to: Date | null;
  page: number;
  pageSize: number;
  sort: 'asc' | 'desc';
}

/** UIDs, documentIds and locales are short tokens; anything else is refused before a query sees it. */
const TOKEN = /^[A-Za-z0-9:._-]{1,100}$/;
const UID_SHAPE = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/;
const KNOWN_BODY_KEYS = new Set(['contentType', 'documentId', 'locale', 'action', 'runAt', 'timezone']);

/** The body of POST /newsroom/schedules, every field's problem at once. */
export const parseScheduleRequest = (body: unknown, defaultZone: string): Parsed<ScheduleInput> => {
  if (!isRecord(body)) return { ok: false, errors: [fieldError('body', 'The body must be a JSON object')] };
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) if (!KNOWN_BODY_KEYS.has(key)) errors.push(fieldError(key, `Unknown field "${key}"`));
  const { contentType, documentId, locale, action, runAt, timezone } = body;
  if (typeof contentType !== 'string' || !UID_SHAPE.test(contentType)) {
    errors.push(fieldError('contentType', 'contentType must be a content-type UID such as "plugin::newsroom.article"'));
  }
  if (typeof documentId !== 'string' || !TOKEN.test(documentId)) errors.push(fieldError('documentId', 'documentId must be a documentId'));
  if (locale !== undefined && locale !== null && (typeof locale !== 'string' || !TOKEN.test(locale))) {
    errors.push(fieldError('locale', 'locale must be a locale code such as "vi"'));
  }
  if (typeof action !== 'string' || !(SCHEDULE_ACTIONS as readonly string[]).includes(action)) {
    errors.push(fieldError('action', `action must be one of ${SCHEDULE_ACTIONS.join(', ')}`));
  }
  const zone = timezone === undefined || timezone === null ? defaultZone : timezone;
  const zoneOk = typeof zone === 'string' && zone.length <= 64 && isTimeZone(zone);
  if (!zoneOk) errors.push(fieldError('timezone', 'timezone must be an IANA time zone such as "Asia/Ho_Chi_Minh"'));
  const instant = typeof runAt === 'string' && runAt.length <= 40 && zoneOk ? parseInstant(runAt, zone as string) : null;
  if (instant === null && (zoneOk || typeof runAt !== 'string')) {
    errors.push(fieldError('runAt', 'runAt must be a date and time in ISO 8601 between the years 1000 and 9999, e.g. "2026-12-01T06:00" or "2026-11-30T23:00:00Z"'));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      contentType: contentType as string,
      documentId: documentId as string,
      locale: typeof locale === 'string' ? locale : null,
      action: action as ScheduleAction,
      runAt: instant as Date,
      timezone: zone as string,
    },
  };
};

const positiveInt = (value: unknown, field: string, max: number, errors: FieldError[]): number | null => {
  if (value === undefined) return null;
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    errors.push(fieldError(field, `${field} must be an integer from 1 to ${max}`));
    return null;
  }
  return n;
};

const token = (value: unknown, field: string, errors: FieldError[], shape = TOKEN): string | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !shape.test(value)) {
    errors.push(fieldError(field, `${field} is not valid`));
    return null;
  }
  return value;
};

const instant = (value: unknown, field: string, zone: string, errors: FieldError[]): Date | null => {
  if (value === undefined || value === '') return null;
  const parsed = typeof value === 'string' && value.length <= 40 ? parseInstant(value, zone) : null;
  if (parsed === null) errors.push(fieldError(field, `${field} must be a date and time in ISO 8601 between the years 1000 and 9999`));
  return parsed;
};

/** The query of GET /newsroom/schedules. */
export const parseScheduleQuery = (query: Record<string, unknown>, defaultZone: string): Parsed<ScheduleQuery> => {
  const errors: FieldError[] = [];
  const rawStatus = query.status;
  const statusList =
    rawStatus === undefined || rawStatus === ''
      ? []
      : typeof rawStatus === 'string'
        ? rawStatus.split(',')
        : Array.isArray(rawStatus) && rawStatus.every((s) => typeof s === 'string')
          ? (rawStatus as string[])
          : null;
  if (statusList === null || statusList.some((s) => !(SCHEDULE_STATUSES as readonly string[]).includes(s))) {
    errors.push(fieldError('status', `status must be one or more of ${SCHEDULE_STATUSES.join(', ')}`));
  }
  const sort = query.sort === undefined ? 'runAt:asc' : query.sort;
  if (sort !== 'runAt:asc' && sort !== 'runAt:desc') errors.push(fieldError('sort', 'sort must be runAt:asc or runAt:desc'));
  const value: ScheduleQuery = {
    statuses: (statusList ?? []) as ScheduleStatus[],
    contentType: token(query.contentType, 'contentType', errors, UID_SHAPE),
    documentId: token(query.documentId, 'documentId', errors),
    locale: token(query.locale, 'locale', errors),
    from: instant(query.from, 'from', defaultZone, errors),
    to: instant(query.to, 'to', defaultZone, errors),
    page: positiveInt(query.page, 'page', 100000, errors) ?? 1,
    pageSize: positiveInt(query.pageSize, 'pageSize', SCHEDULE_PAGE_SIZE_MAX, errors) ?? 50,
    sort: sort === 'runAt:desc' ? 'desc' : 'asc',
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
};
