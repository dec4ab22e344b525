/**
 * The part of a document-service middleware context this plugin reads. Strapi's own type is a
 * union over every content type and action; narrowing it once here keeps the middlewares plain.
 */
export interface DocumentContext {
  uid: string;
  action: string;
  params: Record<string, unknown> & { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
}

export type DocumentMiddleware = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;

/** The documentId a document-service result is about (a document, or `{ documentId, entries }`). */
export const resultDocumentId = (result: unknown, params: DocumentContext['params']): string | undefined => {
  const fromResult = (result as { documentId?: unknown } | null)?.documentId;
  if (typeof fromResult === 'string') return fromResult;
  return typeof params.documentId === 'string' ? params.documentId : undefined;
};
