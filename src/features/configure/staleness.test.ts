import { describe, expect, it } from 'vitest';

import type { NestedProcessor, Service } from '@/api/schemas';

import { isProcessorStale, isServiceStale, lastRunOf } from './staleness';

const NOW = new Date('2026-11-30T09:00:00Z');
const minutesAgo = (m: number) =>
  new Date(NOW.getTime() - m * 60_000).toISOString();

function processor(lastRun: string | null): NestedProcessor {
  return {
    uuid: 'p',
    url: 'http://x/p/',
    name: 'OfferingOrderProcessor',
    last_run: lastRun,
    backend_type: 'SLURM',
    backend_version: '23.11.4',
    created: minutesAgo(1000),
    modified: minutesAgo(1000),
  };
}

function service(state: Service['state'], runs: Array<string | null>): Service {
  return {
    uuid: 's',
    url: 'http://x/s/',
    identity: 'a',
    identity_name: 'agent',
    name: 'Order processing',
    mode: 'order_process',
    state,
    statistics: {},
    created: minutesAgo(1000),
    modified: minutesAgo(1000),
    processors: runs.map(processor),
  };
}

describe('staleness', () => {
  it('finds the latest processor run', () => {
    expect(
      lastRunOf(service('Active', [minutesAgo(30), minutesAgo(5)])),
    ).toEqual(new Date(minutesAgo(5)));
    expect(lastRunOf(service('Active', [null]))).toBeNull();
  });

  it('marks an Idle service stale after 10 minutes without a run', () => {
    expect(isServiceStale(service('Idle', [minutesAgo(11)]), NOW)).toBe(true);
    expect(isServiceStale(service('Idle', []), NOW)).toBe(true);
    expect(isServiceStale(service('Idle', [minutesAgo(9)]), NOW)).toBe(false);
    expect(isServiceStale(service('Active', [minutesAgo(90)]), NOW)).toBe(
      false,
    );
  });

  it('marks a processor stale after an hour or when it never ran', () => {
    expect(isProcessorStale(processor(minutesAgo(61)), NOW)).toBe(true);
    expect(isProcessorStale(processor(null), NOW)).toBe(true);
    expect(isProcessorStale(processor(minutesAgo(59)), NOW)).toBe(false);
  });
});
