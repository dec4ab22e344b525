import {
  PREVIEW_POPULATE_PATHS,
  type PreviewLinkStatus,
  type PreviewPopulatePath,
} from '../../../../../contracts/previews';
import { fieldError, isRecord, type FieldError, type Parsed } from '../../../shared/parsed';

/** Request checks for preview links (admin API and the public route). Pure: no Strapi import. */

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const LOCALE = /^[A-Za-z0-9-]{1,32}$/;

export interface PreviewCreateInput {
  documentId: string;
  locale: string | null;
  expiresInHours: number;
}

const locale = (value: unknown, errors: FieldError[]): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !LOCALE.test(value)) {
    errors.push(fieldError('locale', 'locale must be a locale code such as "vi"'));
    return null;
  }
  return value;
};

const documentId = (value: unknown, errors: FieldError[]): string => {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) {
    errors.push(fieldError('documentId', 'documentId must be a document id'));
    return '';
  }
  return value;
};

/** POST /newsroom/previews: `{ documentId, locale?, expiresInHours? }`, nothing else. */
export const parseCreateRequest = (
  body: unknown,
  { defaultHours, maxHours }: { defaultHours: number; maxHours: number }
): Parsed<PreviewCreateInput> => {
  if (!isRecord(body)) return { ok: false, errors: [fieldError('body', 'Expected a JSON object')] };
  const errors: FieldError[] = [];
  const unknown = Object.keys(body).filter((key) => !['documentId', 'locale', 'expiresInHours'].includes(key));
  for (const key of unknown) errors.push(fieldError(key, `Unknown field "${key}"`));
  const id = documentId(body.documentId, errors);
  const code = locale(body.locale, errors);
  const hours = body.expiresInHours ?? defaultHours;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > maxHours) {
    errors.push(fieldError('expiresInHours', `expiresInHours must be an integer from 1 to ${maxHours}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { documentId: id, locale: code, expiresInHours: hours as number } };
};

/** GET /newsroom/previews?documentId=…&locale=…: one document's links. */
export const parseListQuery = (query: Record<string, unknown>): Parsed<{ documentId: string; locale: string | null }> => {
  const errors: FieldError[] = [];
  const id = documentId(query.documentId, errors);
  const code = locale(query.locale, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { documentId: id, locale: code } };
};

/**
 * GET /api/newsroom/previews/:token takes `populate` only, and only the article's own relations
 * that cannot lead to another article (`*` is all of them): no filters, status, locale, fields,
 * sort or deeper populate, through which a token holder could reach other documents or drafts.
 */
export const parsePreviewQuery = (query: Record<string, unknown>): Parsed<{ populate: PreviewPopulatePath[] }> => {
  const errors: FieldError[] = [];
  for (const key of Object.keys(query)) {
    if (key !== 'populate') errors.push(fieldError(key, `The preview route takes no "${key}" parameter; only populate`));
  }
  const raw = query.populate;
  const items: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const paths = new Set<PreviewPopulatePath>();
  for (const item of items) {
    if (typeof item !== 'string') {
      errors.push(fieldError('populate', `populate must be "*" or a list of ${PREVIEW_POPULATE_PATHS.join(', ')}`));
      continue;
    }
    for (const part of item.split(',').map((p) => p.trim())) {
      if (part === '*') PREVIEW_POPULATE_PATHS.forEach((p) => paths.add(p));
      else if ((PREVIEW_POPULATE_PATHS as readonly string[]).includes(part)) paths.add(part as PreviewPopulatePath);
      else errors.push(fieldError('populate', `populate may name ${PREVIEW_POPULATE_PATHS.join(', ')} or "*", not "${part}"`));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { populate: PREVIEW_POPULATE_PATHS.filter((p) => paths.has(p)) } };
};

/** The document service's `populate` for allowed paths (`bylines.avatar` nests under `bylines`). */
export const toPopulate = (paths: PreviewPopulatePath[]): Record<string, true | { populate: Record<string, true> }> => {
  const populate: Record<string, true | { populate: Record<string, true> }> = {};
  for (const path of paths) {
    const [head, tail] = path.split('.');
    if (!tail) {
      if (!populate[head]) populate[head] = true;
    } else {
      const current = populate[head];
      const nested = current === true || current === undefined ? {} : current.populate;
      populate[head] = { populate: { ...nested, [tail]: true } };
    }
  }
  return populate;
};

/** Whether a link still answers at `now`. */
export const linkStatus = (row: { expiresAt: string | Date; revokedAt: string | Date | null }, now: number): PreviewLinkStatus => {
  if (row.revokedAt) return 'revoked';
  return new Date(row.expiresAt).getTime() > now ? 'active' : 'expired';
};

/** The page a link opens: `pageUrl` with the token, or the REST route when no page is configured. */
export const shareUrl = (pageUrl: string, token: string): string =>
  pageUrl === '' ? apiPath(token) : pageUrl.replace('{token}', encodeURIComponent(token));

export const apiPath = (token: string): string => `/api/newsroom/previews/${token}`;
