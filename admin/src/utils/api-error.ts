import { isFetchError } from '@strapi/strapi/admin';

interface ApiErrorBody {
  error?: { message?: string; details?: { errors?: Array<{ message?: string }> } };
}

/** The server's own words for a refusal (Strapi's error shape), or null when it gave none. */
export const serverMessage = (error: unknown): string | null => {
  if (!isFetchError(error)) return null;
  const body = error.response?.data as ApiErrorBody | undefined;
  const message = body?.error?.message;
  const details = (body?.error?.details?.errors ?? []).map((e) => e.message).filter((m): m is string => Boolean(m));
  if (!message && details.length === 0) return null;
  const extra = details.filter((d) => !message?.includes(d));
  return [message, ...extra].filter(Boolean).join(' · ');
};
