import { describe, expect, it } from 'vitest';

import { formatExactTime, formatRelativeTime } from './relativeTime';

const NOW = new Date('2026-11-30T09:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('formatRelativeTime', () => {
  it('says days ago in the largest unit that fits', () => {
    expect(formatRelativeTime(ago(3 * 86_400_000), NOW, 'en')).toBe(
      '3 days ago',
    );
    expect(formatRelativeTime(ago(86_400_000), NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(ago(2 * 3_600_000), NOW, 'en')).toBe(
      '2 hours ago',
    );
  });

  it('says just now under a minute either way, and handles the future', () => {
    expect(formatRelativeTime(NOW, NOW, 'en')).toBe('just now');
    expect(formatRelativeTime(ago(59_000), NOW, 'en')).toBe('just now');
    expect(formatRelativeTime(ago(-20_000), NOW, 'en')).toBe('just now');
    expect(formatRelativeTime(ago(-5 * 60_000), NOW, 'en')).toBe(
      'in 5 minutes',
    );
  });

  it('counts whole units, never rounding up into the next', () => {
    expect(formatRelativeTime(ago(59.9 * 60_000), NOW, 'en')).toBe(
      '59 minutes ago',
    );
    expect(formatRelativeTime(ago(36 * 3_600_000), NOW, 'en')).toBe(
      'yesterday',
    );
  });

  it('gives the exact time with its zone', () => {
    expect(formatExactTime(NOW, 'en')).toMatch(/Nov 30, 2026/);
  });
});
