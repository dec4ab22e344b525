import { fieldError, isRecord, parseId, type FieldError, type Parsed } from '../../shared/parsed';
import { REPORT_REASONS, THREAD_SORTS, type ReportReason, type ThreadSort } from '../../../../contracts/comments';

export interface SubmissionInput {
  authorName: string;
  authorEmail: string;
  content: string;
  parent: number | null;
  /** The honeypot field was filled in (by a bot). */
  honeypot: boolean;
}

export interface SubmissionLimits {
  maxLength: number;
  honeypotField: string;
  /** A logged-in reader's name and email come from the account, not the form. */
  account?: { name: string; email: string } | null;
}

const NAME_MAX = 100;
const EMAIL_MAX = 254;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** Control characters (NUL included, which PostgreSQL cannot store): never in a name or an email… */
export const CONTROL = /[\u0000-\u001F\u007F]/u;
/** …and in a comment only line breaks and tabs. */
export const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/**
 * The body of a comment submission (`{ data: { authorName, authorEmail, content, parent? } }`),
 * checked at the edge: every problem at once, per field. Unknown fields are refused, except the
 * honeypot, which only records that a bot filled it in. Text is kept as typed (trimmed): it is
 * plain text, never HTML, and front ends must render it as text.
 */
export const parseSubmission = (body: unknown, limits: SubmissionLimits): Parsed<SubmissionInput> => {
  if (!isRecord(body) || !isRecord(body.data)) {
    return { ok: false, errors: [fieldError('data', 'The body must be an object { data: { authorName, authorEmail, content, parent? } }')] };
  }
  const data = body.data;
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) if (key !== 'data') errors.push(fieldError(key, `Unknown field "${key}": the fields go in data`));
  const known = new Set(['authorName', 'authorEmail', 'content', 'parent', limits.honeypotField]);
  for (const key of Object.keys(data)) if (!known.has(key)) errors.push(fieldError(key, `Unknown field "${key}"`));

  const text = (field: string, label: string, max: number, multiline = false): string => {
    const value = data[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      errors.push(fieldError(field, `${label} is required`));
      return '';
    }
    if (typeof value !== 'string') {
      errors.push(fieldError(field, `${label} must be a string`));
      return '';
    }
    if ((multiline ? CONTROL_IN_TEXT : CONTROL).test(value)) {
      errors.push(fieldError(field, `${label} must not contain control characters`));
      return '';
    }
    const trimmed = value.normalize('NFC').trim();
    if (trimmed.length > max) errors.push(fieldError(field, `${label} must be at most ${max} characters`));
    return trimmed;
  };

  const account = limits.account ?? null;
  const authorName = account ? account.name : text('authorName', 'authorName', NAME_MAX);
  const email = account ? account.email : text('authorEmail', 'authorEmail', EMAIL_MAX);
  if (!account && email && !EMAIL.test(email)) errors.push(fieldError('authorEmail', 'authorEmail must be a valid email address'));
  const content = text('content', 'content', limits.maxLength, true);

  let parent: number | null = null;
  if (data.parent !== undefined && data.parent !== null) {
    parent = parseId(data.parent);
    if (parent === null) errors.push(fieldError('parent', 'parent must be the id of a comment'));
  }
  const trap = data[limits.honeypotField];
  const honeypot = trap !== undefined && trap !== null && trap !== '';

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { authorName, authorEmail: email.toLowerCase(), content, parent, honeypot } };
};

/** A whole thread of 1,000 comments fits one page; no more, so a page stays bounded. */
export const MAX_PAGE_SIZE = 1000;

export interface ThreadQuery {
  page: number;
  pageSize: number;
  sort: ThreadSort;
}

/** `page`, `pageSize` (1–1000, default 20) and `sort` (newest | oldest) of a thread read. */
export const parseThreadQuery = (query: Record<string, unknown>): Parsed<ThreadQuery> => {
  const errors: FieldError[] = [];
  const known = new Set(['page', 'pageSize', 'sort', 'locale']);
  for (const key of Object.keys(query)) if (!known.has(key)) errors.push(fieldError(key, `Unknown parameter "${key}"`));
  const int = (name: 'page' | 'pageSize', fallback: number, max: number): number => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const value = parseId(raw);
    if (value === null || value > max) {
      errors.push(fieldError(name, `${name} must be an integer from 1 to ${max}`));
      return fallback;
    }
    return value;
  };
  const page = int('page', 1, 1_000_000);
  const pageSize = int('pageSize', 20, MAX_PAGE_SIZE);
  const sort = query.sort === undefined ? 'newest' : query.sort;
  if (!THREAD_SORTS.includes(sort as ThreadSort)) errors.push(fieldError('sort', `sort must be one of ${THREAD_SORTS.join(', ')}`));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { page, pageSize, sort: sort as ThreadSort } };
};

/** `{ data: { reason } }` of a report. */
export const parseReport = (body: unknown): Parsed<{ reason: ReportReason }> => {
  const reason = isRecord(body) && isRecord(body.data) ? body.data.reason : undefined;
  const extra = [
    ...(isRecord(body) ? Object.keys(body).filter((key) => key !== 'data') : []),
    ...(isRecord(body) && isRecord(body.data) ? Object.keys(body.data).filter((key) => key !== 'reason') : []),
  ];
  if (!REPORT_REASONS.includes(reason as ReportReason) || extra.length > 0) {
    return {
      ok: false,
      errors: [
        fieldError('reason', `The body must be { data: { reason } } with reason one of ${REPORT_REASONS.join(', ')}`),
        ...extra.map((key) => fieldError(key, `Unknown field "${key}"`)),
      ],
    };
  }
  return { ok: true, value: { reason: reason as ReportReason } };
};
