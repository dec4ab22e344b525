import { dayKey, instantOf, tomorrowAt, wallClock } from '../../admin/src/utils/zoned-time';

/** The admin's zone arithmetic agrees with the server's (tests/unit/schedule-rules.test.ts). */
describe('admin zoned time', () => {
  test('a wall clock in a zone and back', () => {
    expect(instantOf('2026-12-01T06:00', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(instantOf('2026-07-01T06:00', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(instantOf('2026-12-01 06:00', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(wallClock(new Date('2026-11-30T23:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-12-01T06:00');
    expect(dayKey(new Date('2026-11-30T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-12-01');
  });

  test('tomorrow at an hour, in the zone', () => {
    expect(tomorrowAt(6, 'Asia/Ho_Chi_Minh', new Date('2026-11-30T18:00:00Z'))).toBe('2026-12-02T06:00');
    expect(tomorrowAt(6, 'Asia/Ho_Chi_Minh', new Date('2026-11-30T10:00:00Z'))).toBe('2026-12-01T06:00');
  });
});
