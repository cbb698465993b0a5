import { describe, expect, it } from 'vitest';

import {
  addDays,
  checkRange,
  dayToEpochSeconds,
  daysInRange,
  formatDay,
  parseIsoDate,
  presetRange,
  utcDay,
} from './dateRange';

describe('dateRange', () => {
  it('takes the UTC day of an instant, whatever the local zone', () => {
    expect(utcDay(new Date(Date.UTC(2026, 10, 30, 23, 59)))).toBe('2026-11-30');
    expect(utcDay(new Date(Date.UTC(2026, 11, 1, 0, 0)))).toBe('2026-12-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('counts the days of a range with both ends included', () => {
    expect(daysInRange('2026-11-30', '2026-11-30')).toBe(1);
    expect(daysInRange('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysInRange('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInRange('2026-11-30', '2026-11-01')).toBe(0);
  });

  it('makes a preset of the last N days ending today', () => {
    expect(presetRange(7, '2026-11-30')).toEqual({
      from: '2026-11-24',
      to: '2026-11-30',
    });
    expect(presetRange(90, '2026-11-30').from).toBe('2026-09-02');
  });

  it('refuses dates that do not exist', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('26-11-01')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('names what is wrong with a custom range', () => {
    const today = '2026-11-30';
    expect(checkRange('2026-11-01', '2026-11-30', today)).toBeNull();
    expect(checkRange('', '2026-11-30', today)).toBe('invalid-date');
    expect(checkRange('2026-11-10', '2026-11-01', today)).toBe('from-after-to');
    expect(checkRange('2026-11-01', '2026-12-01', today)).toBe('in-future');
    expect(checkRange('2025-11-29', '2026-11-30', today)).toBe('too-long');
    expect(checkRange('2025-11-30', '2026-11-30', today)).toBeNull();
  });

  it('formats a date as the UTC day it names', () => {
    expect(formatDay('2026-01-01')).toContain('2026');
    expect(formatDay('2026-01-01')).toContain('1');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('gives the chart midnight UTC in epoch seconds', () => {
    expect(dayToEpochSeconds('1970-01-02')).toBe(86_400);
  });
});
