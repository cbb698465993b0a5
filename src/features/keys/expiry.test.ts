import { describe, expect, it } from 'vitest';

import {
  addDays,
  endOfDay,
  formatExpiryDate,
  localDate,
  offsetMinutes,
  presetExpiry,
  tomorrow,
} from './expiry';

const LA = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';

// 18:30 on 30 November 2026, local time in each zone.
const EVENING = {
  [LA]: new Date('2026-12-01T02:30:00Z'),
  UTC: new Date('2026-11-30T18:30:00Z'),
  [TOKYO]: new Date('2026-11-30T09:30:00Z'),
};

describe('expiry', () => {
  it.each([
    [LA, '2026-12-01T23:59:59.999-08:00'],
    ['UTC', '2026-12-01T23:59:59.999+00:00'],
    [TOKYO, '2026-12-01T23:59:59.999+09:00'],
  ] as const)(
    'picks tomorrow at 18:30 in %s and shows that date back',
    (zone, instant) => {
      const now = EVENING[zone];

      const date = tomorrow(now, zone);
      const expiresAt = endOfDay(date, zone);

      expect(date).toBe('2026-12-01');
      expect(expiresAt).toBe(instant);
      expect(localDate(new Date(expiresAt), zone)).toBe('2026-12-01');
      expect(formatExpiryDate(expiresAt, zone, 'en-US')).toBe('Dec 1, 2026');
    },
  );

  it('sends an instant that is still the chosen day as seen from UTC', () => {
    const expiresAt = endOfDay('2026-12-01', LA);

    expect(new Date(expiresAt).toISOString()).toBe('2026-12-02T07:59:59.999Z');
  });

  it('ends a preset at the end of the local day N days ahead', () => {
    expect(presetExpiry(7, EVENING[LA], LA)).toBe(
      '2026-12-07T23:59:59.999-08:00',
    );
    expect(presetExpiry(30, EVENING[TOKYO], TOKYO)).toBe(
      '2026-12-30T23:59:59.999+09:00',
    );
  });

  it('uses the offset of the chosen day across a daylight-saving change', () => {
    const now = new Date('2026-03-01T20:00:00Z');

    expect(presetExpiry(30, now, LA)).toBe('2026-03-31T23:59:59.999-07:00');
    expect(offsetMinutes(new Date('2026-03-01T20:00:00Z'), LA)).toBe(-480);
  });

  it('handles zones with half-hour offsets', () => {
    expect(endOfDay('2026-12-01', 'Asia/Kolkata')).toBe(
      '2026-12-01T23:59:59.999+05:30',
    );
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
