import { describe, expect, it } from 'vitest';

import {
  readUsageView,
  withKeys,
  withPage,
  withRange,
  withSort,
} from './usageSearchParams';

const TODAY = '2026-11-30';
const read = (query: string) =>
  readUsageView(new URLSearchParams(query), TODAY);
const KEY_A = 'a'.repeat(32);
const KEY_B = 'b'.repeat(32);

describe('usageSearchParams', () => {
  it('shows the last 30 days when the URL says nothing', () => {
    expect(read('')).toMatchObject({
      choice: { kind: 'preset', days: 30 },
      from: '2026-11-01',
      to: TODAY,
      urlProblem: null,
      keys: [],
      sort: { column: 'requests', descending: true },
      page: 1,
    });
  });

  it('reads a preset and a custom range', () => {
    expect(read('range=7')).toMatchObject({ from: '2026-11-24', to: TODAY });
    expect(read('from=2026-01-01&to=2026-01-31')).toMatchObject({
      choice: { kind: 'custom', from: '2026-01-01', to: '2026-01-31' },
      from: '2026-01-01',
    });
  });

  it('falls back to 30 days and says why when the custom range is unusable', () => {
    expect(read('from=2026-11-01&to=2026-12-05')).toMatchObject({
      choice: { kind: 'preset', days: 30 },
      urlProblem: 'in-future',
    });
    expect(read('range=45').choice).toEqual({ kind: 'preset', days: 30 });
  });

  it('reads keys, sort and page, dropping what is malformed', () => {
    const view = read(`keys=${KEY_A},nope,${KEY_B},${KEY_A}&sort=name&page=3`);
    expect(view.keys).toEqual([KEY_A, KEY_B]);
    expect(view.sort).toEqual({ column: 'name', descending: false });
    expect(view.page).toBe(3);
    expect(read('sort=-bogus&page=-2')).toMatchObject({
      sort: { column: 'requests', descending: true },
      page: 1,
    });
  });

  it('writes changes back, starting the table again at page 1', () => {
    const start = new URLSearchParams(`range=7&page=4&keys=${KEY_A}`);
    expect(
      withRange(start, {
        kind: 'custom',
        from: '2026-11-02',
        to: TODAY,
      }).toString(),
    ).toBe(`keys=${KEY_A}&from=2026-11-02&to=${TODAY}`);
    expect(withRange(start, { kind: 'preset', days: 90 }).get('range')).toBe(
      '90',
    );
    expect(withKeys(start, []).toString()).toBe('range=7');
    expect(
      withSort(start, { column: 'share', descending: true }).get('sort'),
    ).toBe('-share');
    expect(withPage(start, 1).has('page')).toBe(false);
  });
});
