/**
 * Instants and wall-clock times in an IANA time zone, with the runtime's Intl only: the editor
 * picks "06:00 in Asia/Ho_Chi_Minh" and the server stores the UTC instant that is.
 */

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

/** The zone's wall clock at `instant`, as if it were UTC (ms). */
const wallClockOf = (instant: number, zone: string): number => {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
};

/** The zone's offset from UTC at `instant`, in ms (Asia/Ho_Chi_Minh: +7 h). */
export const zoneOffset = (instant: number, zone: string): number =>
  wallClockOf(instant - (instant % 1000), zone) - (instant - (instant % 1000));

/** Components that name a real calendar date and time (no 31 February, no 24:61). */
const realDate = (y: number, mo: number, d: number, h: number, mi: number, s: number): number | null => {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  const same =
    back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d &&
    back.getUTCHours() === h && back.getUTCMinutes() === mi && back.getUTCSeconds() === s;
  return same ? utc : null;
};

/** Instants every supported database stores: MySQL's DATETIME holds the years 1000 to 9999 (UTC). */
export const EARLIEST_INSTANT = Date.UTC(1000, 0, 1);
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const storable = (time: number): Date | null => (time >= EARLIEST_INSTANT && time <= LATEST_INSTANT ? new Date(time) : null);

/**
 * `2026-12-01T06:00:00+07:00` or `…Z` is that instant; `2026-12-01T06:00` (no offset) is that wall
 * clock in `zone`. In a daylight-saving gap the later side is taken; null when not a real time, or
 * outside the years 1000–9999 in UTC (`9999-12-31T23:00-05:00` is already the year 10000).
 */
export const parseInstant = (input: string, zone: string): Date | null => {
  const offset = WITH_OFFSET.exec(input);
  if (offset) {
    const [, y, mo, d, h, mi, s = '0'] = offset;
    if (realDate(+y, +mo, +d, +h, +mi, +s) === null) return null;
    const time = Date.parse(input);
    return Number.isNaN(time) ? null : storable(time);
  }
  const wall = WALL_CLOCK.exec(input);
  if (!wall) return null;
  const [, y, mo, d, h, mi, s = '0'] = wall;
  const asUtc = realDate(+y, +mo, +d, +h, +mi, +s);
  if (asUtc === null) return null;
  // Two passes settle the offset across a daylight-saving change.
  let guess = asUtc - zoneOffset(asUtc, zone);
  guess = asUtc - zoneOffset(guess, zone);
  return storable(guess);
};

/** `instant` as the zone's wall clock, `YYYY-MM-DDTHH:mm` (what a datetime-local input shows). */
export const toWallClock = (instant: Date, zone: string): string =>
  new Date(wallClockOf(instant.getTime(), zone)).toISOString().slice(0, 16);
