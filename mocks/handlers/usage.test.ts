// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

describe('usage', () => {
  it('summarizes the last 30 days, every day present, when no range is given', async () => {
    const summary = await apiAs().getUsageSummary({
      identityUuid: SEED.agentUuid,
    });
    const dates = summary.by_day.map((d) => d.date);
    const sum = summary.by_day.reduce((total, d) => total + d.requests, 0);

    expect(dates).toHaveLength(30);
    expect(dates[0]).toBe('2026-11-01');
    expect(dates.at(-1)).toBe('2026-11-30');
    expect(sum).toBe(summary.totals.requests);
    expect(summary.by_access.length).toBeGreaterThan(3);
  });

  it('fills days without usage with zeros', async () => {
    const summary = await apiAs().getUsageSummary({
      identityUuid: SEED.agentUuid,
      dateFrom: '2026-12-01',
      dateTo: '2026-12-10',
    });

    expect(summary.by_day).toHaveLength(10);
    expect(summary.by_day.every((d) => d.requests === 0)).toBe(true);
    expect(summary.totals).toEqual({
      tokens_input: 0,
      tokens_output: 0,
      requests: 0,
    });
    expect(summary.by_access).toEqual([]);
  });

  it('narrows to chosen keys and an inclusive range', async () => {
    const api = apiAs();
    const summary = await api.getUsageSummary({
      identityUuid: SEED.agentUuid,
      accessUuids: [SEED.keys.active],
      dateFrom: '2026-11-02',
      dateTo: '2026-11-08',
    });
    const rows = await api.listUsage({
      identityUuid: SEED.agentUuid,
      accessUuids: [SEED.keys.active],
      dateFrom: '2026-11-02',
      dateTo: '2026-11-08',
    });

    expect(summary.by_access.map((a) => a.access)).toEqual([SEED.keys.active]);
    expect(rows.total).toBe(7);
    expect(rows.items.map((r) => r.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
  });

  it('shows busier weekdays than weekends', async () => {
    const summary = await apiAs().getUsageSummary({
      identityUuid: SEED.agentUuid,
    });
    const wednesday = summary.by_day.find((d) => d.date === '2026-11-25');
    const sunday = summary.by_day.find((d) => d.date === '2026-11-29');

    expect(wednesday!.requests).toBeGreaterThan(2 * sunday!.requests);
  });

  it('refuses a malformed or reversed range', async () => {
    const api = apiAs();
    const bad = await failure(
      api.getUsageSummary({
        identityUuid: SEED.agentUuid,
        dateFrom: '2026-02-30',
      }),
    );
    const reversed = await call(
      'marketplace-site-agent-usage/summary/?date_from=2026-11-10&date_to=2026-11-01',
    );

    expect(bad.fieldErrors).toEqual({ date_from: ['Enter a valid date.'] });
    expect(reversed.status).toBe(400);
  });
});
