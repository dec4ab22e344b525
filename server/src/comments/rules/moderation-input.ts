import { COMMENT_STATUSES, type CommentStatus, type ModerateRequest } from '../../../../contracts/comments';
import { fieldError, isRecord, parseId, type FieldError, type Parsed } from '../../shared/parsed';
import { CONTROL, CONTROL_IN_TEXT } from './comment-input';

export const MAX_BULK = 500;
const REASON_MAX = 500;

export interface QueueQuery {
  status?: CommentStatus;
  article?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** The moderation queue's query: status, article (documentId), q, page, pageSize (≤ 100). */
export const parseQueueQuery = (query: Record<string, unknown>): Parsed<QueueQuery> => {
  const errors: FieldError[] = [];
  const known = new Set(['status', 'article', 'q', 'page', 'pageSize']);
  for (const key of Object.keys(query)) if (!known.has(key)) errors.push(fieldError(key, `Unknown parameter "${key}"`));
  const { status, article, q } = query;
  if (status !== undefined && !COMMENT_STATUSES.includes(status as CommentStatus)) {
    errors.push(fieldError('status', `status must be one of ${COMMENT_STATUSES.join(', ')}`));
  }
  if (article !== undefined && (typeof article !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(article))) {
    errors.push(fieldError('article', 'article must be a documentId'));
  }
  if (q !== undefined && (typeof q !== 'string' || q.length > 200 || CONTROL.test(q))) {
    errors.push(fieldError('q', 'q must be a text of at most 200 characters, without control characters'));
  }
  const int = (name: 'page' | 'pageSize', fallback: number, max: number) => {
    if (query[name] === undefined) return fallback;
    const value = parseId(query[name]);
    if (value === null || value > max) errors.push(fieldError(name, `${name} must be an integer from 1 to ${max}`));
    return value ?? fallback;
  };
  const page = int('page', 1, 1_000_000);
  const pageSize = int('pageSize', 20, 100);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      status: status as CommentStatus | undefined,
      article: article as string | undefined,
      q: typeof q === 'string' && q.trim() !== '' ? q.trim() : undefined,
      page,
      pageSize,
    },
  };
};

/** `{ ids, status, reason? }`: 1 to 500 comment ids. */
export const parseModerateRequest = (body: unknown): Parsed<ModerateRequest> => {
  if (!isRecord(body)) return { ok: false, errors: [fieldError('body', 'The body must be { ids, status, reason? }')] };
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) if (!['ids', 'status', 'reason'].includes(key)) errors.push(fieldError(key, `Unknown field "${key}"`));
  const ids = Array.isArray(body.ids) ? body.ids.map(parseId) : null;
  if (!ids || ids.length === 0 || ids.length > MAX_BULK || ids.some((id) => id === null)) {
    errors.push(fieldError('ids', `ids must be a list of 1 to ${MAX_BULK} comment ids`));
  }
  if (!COMMENT_STATUSES.includes(body.status as CommentStatus)) {
    errors.push(fieldError('status', `status must be one of ${COMMENT_STATUSES.join(', ')}`));
  }
  const reason = body.reason;
  if (reason !== undefined && reason !== null && (typeof reason !== 'string' || reason.length > REASON_MAX || CONTROL_IN_TEXT.test(reason))) {
    errors.push(fieldError('reason', `reason must be a text of at most ${REASON_MAX} characters, without control characters`));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ids: ids as number[], status: body.status as CommentStatus, reason: typeof reason === 'string' ? reason.trim() : undefined },
  };
};

/** `{ content }` of an edit or a staff reply. */
export const parseContent = (body: unknown, maxLength: number): Parsed<{ content: string }> => {
  const content = isRecord(body) ? body.content : undefined;
  const extra = isRecord(body) ? Object.keys(body).filter((key) => key !== 'content') : [];
  const bad = typeof content !== 'string' || content.trim() === '' || content.normalize('NFC').trim().length > maxLength || CONTROL_IN_TEXT.test(content);
  if (bad || extra.length > 0) {
    return {
      ok: false,
      errors: [
        ...(bad ? [fieldError('content', `content must be a non-empty text of at most ${maxLength} characters, without control characters`)] : []),
        ...extra.map((key) => fieldError(key, `Unknown field "${key}"`)),
      ],
    };
  }
  return { ok: true, value: { content: content.normalize('NFC').trim() } };
};
