/**
 * Instants shown in a time zone, with the browser's Intl only (the server stores UTC and the zone
 * the editor chose; the admin shows that zone, and the browser's own when it differs).
 */

const parts = (instant: Date, zone: string): Record<string, string> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value])
  );

/** `YYYY-MM-DDTHH:mm` in the zone: what a datetime-local input holds, and what the server reads back. */
export const wallClock = (instant: Date, zone: string): string => {
  const p = parts(instant, zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

/** `YYYY-MM-DD` in the zone: the day an entry belongs to on the calendar. */
export const dayKey = (instant: Date, zone: string): string => wallClock(instant, zone).slice(0, 10);

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A date and time for people, in the admin's language and the given zone. */
export const formatInZone = (instant: Date, zone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(instant);

/** Tomorrow at `hour`:00 in the zone, as a datetime-local value (the picker's suggestion). */
export const tomorrowAt = (hour: number, zone: string, now = new Date()): string => {
  const day = new Date(now.getTime() + 24 * 3600 * 1000);
  return `${dayKey(day, zone)}T${String(hour).padStart(2, '0')}:00`;
};

/** The instant a `YYYY-MM-DDTHH:mm` wall clock in the zone names (null when it is not one). */
export const instantOf = (wall: string, zone: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const p = parts(new Date(instant), zone);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(instant / 60000) * 60000;
  };
  // Two passes settle the offset across a daylight-saving change, as the server does.
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess);
};
