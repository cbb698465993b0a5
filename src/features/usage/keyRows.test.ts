import { describe, expect, it } from 'vitest';

import type { UsageSummary } from '@/api/schemas';

import { pageCount, pageOf, sortKeyRows, toKeyRows } from './keyRows';

const access = (
  name: string,
  requests: number,
  lastUsed: string | null = '2026-11-30T08:00:00.000000Z',
): UsageSummary['by_access'][number] => ({
  access: name.padEnd(32, '0'),
  access_name: name,
  key_prefix: `sak_${name}`,
  tokens_input: requests * 10,
  tokens_output: requests * 5,
  requests,
  last_used_at: lastUsed,
});

const summary = (keys: UsageSummary['by_access']): UsageSummary => ({
  totals: {
    tokens_input: 0,
    tokens_output: 0,
    requests: keys.reduce((sum, key) => sum + key.requests, 0),
  },
  by_day: [],
  by_access: keys,
});

describe('keyRows', () => {
  it('gives each key its share of requests, 0 when there are none', () => {
    const rows = toKeyRows(summary([access('a', 1), access('b', 3)]));

    expect(rows.map((row) => row.share)).toEqual([0.25, 0.75]);

    const idle = toKeyRows(summary([access('a', 0, null)]));
    expect(idle[0]?.share).toBe(0);
  });

  it('sorts by numbers, names and last use, never used last when descending', () => {
    const rows = toKeyRows(
      summary([
        access('b', 5, '2026-11-01T00:00:00Z'),
        access('a', 9, null),
        access('c', 1, '2026-11-29T00:00:00.5Z'),
      ]),
    );
    const names = (column: Parameters<typeof sortKeyRows>[1]) =>
      sortKeyRows(rows, column).map((row) => row.access_name);
    expect(names({ column: 'requests', descending: true })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(names({ column: 'name', descending: false })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(names({ column: 'last_used', descending: true })).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('pages 25 rows at a time', () => {
    const rows = Array.from({ length: 501 }, (_, index) => index);
    expect(pageCount(rows.length)).toBe(21);
    expect(pageCount(0)).toBe(1);
    expect(pageOf(rows, 21)).toEqual([500]);
    expect(pageOf(rows, 2)[0]).toBe(25);
  });
});
