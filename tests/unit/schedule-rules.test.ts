import { parseScheduleQuery, parseScheduleRequest } from '../../server/src/scheduling/rules/schedule-input';
import { retryDelaySeconds, shouldRetry } from '../../server/src/scheduling/rules/retry-backoff';
import { isTimeZone, parseInstant, toWallClock, zoneOffset } from '../../server/src/scheduling/rules/zoned-time';

const HCM = 'Asia/Ho_Chi_Minh';

describe('zoned time', () => {
  test('a wall-clock time is read in the zone; an instant with an offset is that instant', () => {
    expect(parseInstant('2026-12-01T06:00', HCM)?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(parseInstant('2026-12-01T06:00:30', HCM)?.toISOString()).toBe('2026-11-30T23:00:30.000Z');
    expect(parseInstant('2026-12-01T06:00:00+07:00', 'Europe/Paris')?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(parseInstant('2026-11-30T23:00:00.000Z', HCM)?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(parseInstant('2026-07-01T06:00', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(parseInstant('2026-01-15T06:00', 'Europe/Paris')?.toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(parseInstant('2026-01-15T06:00', 'America/New_York')?.toISOString()).toBe('2026-01-15T11:00:00.000Z');
  });

  test('daylight-saving edges: a time in the spring gap moves forward, the autumn overlap takes one of its two instants', () => {
    // 02:30 does not exist in Paris on 2026-03-29.
    const gap = parseInstant('2026-03-29T02:30', 'Europe/Paris');
    expect(gap).not.toBeNull();
    expect(['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z']).toContain(gap?.toISOString());
    const overlap = parseInstant('2026-10-25T02:30', 'Europe/Paris')?.toISOString();
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(overlap);
  });

  test('not a real time, or not ISO 8601: null', () => {
    for (const bad of ['2026-02-30T06:00', '2026-13-01T06:00', '2026-12-01T24:00', '2026-12-01', 'ngày mai', '2026-12-01 06:00', '2026-12-01T06:00+25:00', '']) {
      expect(parseInstant(bad, HCM)).toBeNull();
    }
  });

  test('only the years 1000 to 9999 in UTC, which every database stores', () => {
    expect(parseInstant('9999-12-31T23:59:59Z', HCM)?.toISOString()).toBe('9999-12-31T23:59:59.000Z');
    expect(parseInstant('9999-12-31T23:59', HCM)?.toISOString()).toBe('9999-12-31T16:59:00.000Z');
    expect(parseInstant('1000-01-01T00:00:00Z', HCM)?.toISOString()).toBe('1000-01-01T00:00:00.000Z');
    for (const [input, zone] of [['9999-12-31T23:59:00-12:00', HCM], ['9999-12-31T23:59', 'America/Los_Angeles'], ['1000-01-01T06:00', HCM], ['0999-12-31T23:59:00Z', HCM]]) {
      expect([input, zone, parseInstant(input, zone)]).toEqual([input, zone, null]);
    }
  });

  test('offsets, zones and the wall clock shown back', () => {
    expect(zoneOffset(Date.UTC(2026, 0, 1), HCM)).toBe(7 * 3600 * 1000);
    expect(isTimeZone(HCM)).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(toWallClock(new Date('2026-11-30T23:00:00Z'), HCM)).toBe('2026-12-01T06:00');
  });
});

describe('schedule request and query', () => {
  const body = { contentType: 'plugin::newsroom.article', documentId: 'abc123', action: 'publish', runAt: '2026-12-01T06:00' };

  test('a valid request, the default zone filled in', () => {
    const parsed = parseScheduleRequest(body, HCM);
    expect(parsed).toEqual({
      ok: true,
      value: { contentType: body.contentType, documentId: 'abc123', locale: null, action: 'publish', runAt: new Date('2026-11-30T23:00:00Z'), timezone: HCM },
    });
  });

  test('every field’s problem at once', () => {
    const parsed = parseScheduleRequest({ contentType: 'article', documentId: '../x', action: 'delete', runAt: 5, timezone: 'Nowhere/City', more: 1 }, HCM);
    expect(parsed.ok).toBe(false);
    const fields = parsed.ok ? [] : parsed.errors.map((e) => e.path[0]);
    expect(fields.sort()).toEqual(['action', 'contentType', 'documentId', 'more', 'runAt', 'timezone']);
    for (const bad of [null, [], 'x', 3]) expect(parseScheduleRequest(bad, HCM).ok).toBe(false);
    expect(parseScheduleRequest({ ...body, runAt: 'x'.repeat(100) }, HCM).ok).toBe(false);
    expect(parseScheduleRequest({ ...body, locale: { $ne: 1 } }, HCM).ok).toBe(false);
  });

  test('list query: statuses as a list, paging bounds, dates in the zone', () => {
    const parsed = parseScheduleQuery({ status: 'scheduled,failed', page: '2', pageSize: '10', from: '2026-12-01T00:00' }, HCM);
    expect(parsed).toMatchObject({ ok: true, value: { statuses: ['scheduled', 'failed'], page: 2, pageSize: 10, from: new Date('2026-11-30T17:00:00Z'), sort: 'asc' } });
    for (const query of [{ status: 'later' }, { page: '0' }, { pageSize: '501' }, { page: '1.5' }, { to: 'x' }, { sort: 'id' }, { documentId: { $gt: '' } }, { status: [1] }]) {
      expect(parseScheduleQuery(query as Record<string, unknown>, HCM).ok).toBe(false);
    }
  });
});

describe('retries', () => {
  test('backoff doubles from the base, capped at a day; attempts stop at the limit', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 30))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(40, 30)).toBe(86400);
    expect(shouldRetry(4, 5)).toBe(true);
    expect(shouldRetry(5, 5)).toBe(false);
  });
});
