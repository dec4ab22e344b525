import type { PreviewLink, PreviewPurpose } from '../../../../contracts/previews';
import { linkStatus } from './rules/preview-input';

/** A row of `newsroom_preview_links` as the query engine returns it. */
export interface PreviewLinkRow {
  id: number;
  tokenHash: string;
  targetDocumentId: string;
  targetLocale: string | null;
  purpose: PreviewPurpose;
  expiresAt: string | Date;
  revokedAt: string | Date | null;
  authorId: number | null;
  authorName: string | null;
  createdAt: string | Date;
}

const iso = (value: string | Date): string => new Date(value).toISOString();

/** The row as the admin API answers it: never the token hash. */
export const toLink = (row: PreviewLinkRow, now = Date.now()): PreviewLink => ({
  id: row.id,
  documentId: row.targetDocumentId,
  locale: row.targetLocale ? row.targetLocale : null,
  purpose: row.purpose,
  status: linkStatus(row, now),
  expiresAt: iso(row.expiresAt),
  revokedAt: row.revokedAt ? iso(row.revokedAt) : null,
  createdAt: iso(row.createdAt),
  createdBy: { id: row.authorId, name: row.authorName },
});
