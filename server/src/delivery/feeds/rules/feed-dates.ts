/** A stored date (a Date, an ISO string or epoch milliseconds, as the SQL drivers give it), or null. */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** RFC 822 date for RSS (`Sat, 28 Nov 2026 21:28:00 GMT`). */
export const rfc822 = (date: Date): string => date.toUTCString();

/** W3C Datetime in UTC to the second (`2026-11-28T21:28:00Z`), as the sitemap protocols ask. */
export const w3c = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The latest of these dates, or null. */
export const latest = (dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
