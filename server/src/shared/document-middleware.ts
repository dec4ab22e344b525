/**
 * The part of a document-service middleware context this plugin reads. Strapi's own type is a
 * union over every content type and action; narrowing it once here keeps the middlewares plain.
 */
export interface DocumentContext {
  uid: string;
  action: string;
  params: Record<string, unknown> & {
    documentId?: string;
    locale?: unknown;
    status?: unknown;
    populate?: unknown;
    data?: Record<string, unknown>;
  };
}

export type DocumentMiddleware = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;

/** The document-service actions that change stored rows. */
export const WRITE_ACTIONS = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete']);

/** The documentId a document-service result is about (a document, or `{ documentId, entries }`). */
export const resultDocumentId = (result: unknown, params: DocumentContext['params']): string | undefined => {
  const fromResult = (result as { documentId?: unknown } | null)?.documentId;
  if (typeof fromResult === 'string') return fromResult;
  return typeof params.documentId === 'string' ? params.documentId : undefined;
};

/** The rows a document-service result carries: the document itself, or `entries` of publish & co. */
export const resultRows = (result: unknown): Array<Record<string, unknown>> => {
  const entries = (result as { entries?: unknown } | null)?.entries;
  const rows = Array.isArray(entries) ? entries : [result];
  return rows.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null);
};

/** The caller gets the rows as they are now stored, not as they were before a refresh. */
export const patchResult = <T extends object>(result: unknown, fresh: Map<number, T>): void => {
  for (const row of resultRows(result)) {
    const fields = typeof row.id === 'number' ? fresh.get(row.id) : undefined;
    if (fields) Object.assign(row, fields);
  }
};
