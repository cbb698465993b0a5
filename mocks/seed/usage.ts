import type { UsageRecordRow } from '../records';
import { int, next, type Rng, uuid } from '../random';
import { addDays, isoMicro, MINUTE } from '../time';
import { ago, TODAY } from './clock';
import type { KeySpec } from './keySpecs';

/** Days of usage history the seed holds, today included. */
export const USAGE_DAYS = 90;

/** Days (before today) with a burst across all keys: a launch, a workshop. */
const SPIKES: Record<number, number> = { 12: 3.2, 37: 2.6, 64: 4.1 };

/** Weekdays are busy, weekends quiet: the rhythm a chart should show. */
function weekdayFactor(date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return 0.35;
  if (weekday === 0) return 0.25;
  return 1;
}

function at(date: string, minutes: number, rng: Rng): string {
  const seconds = int(rng, 0, MINUTE - 1);
  const time = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE + seconds;
  return isoMicro(new Date(time), int(rng, 0, 999));
}

/**
 * One row per UTC day on which the key was used, from the day after its
 * creation (or the start of the window) to its last use; today counts only
 * up to MOCK_NOW.
 */
export function seedUsage(
  rng: Rng,
  spec: KeySpec,
  level: number,
): UsageRecordRow[] {
  const rows: UsageRecordRow[] = [];
  // From the day after creation, so no use precedes the key.
  const first = Math.min(spec.createdDaysAgo - 1, USAGE_DAYS - 1);
  const last = spec.lastUseDaysAgo ?? 0;

  for (let daysAgo = first; daysAgo >= last; daysAgo -= 1) {
    const date = addDays(TODAY, -daysAgo);
    const isToday = daysAgo === 0;
    const noise = 0.75 + next(rng) * 0.5;
    const dayShare = isToday ? 9 / 24 : 1;
    const spike = SPIKES[daysAgo] ?? 1;
    const requests = Math.round(
      level * weekdayFactor(date) * noise * spike * dayShare,
    );
    if (requests === 0) continue;

    rows.push({
      uuid: uuid(rng),
      access: spec.uuid,
      date,
      tokens_input: requests * int(rng, 350, 1200),
      tokens_output: requests * int(rng, 120, 700),
      requests,
      created: at(date, int(rng, 2, 300), rng),
      modified: isToday
        ? ago(rng, int(rng, 2, 50) * MINUTE)
        : at(date, int(rng, 900, 1430), rng),
    });
  }
  return rows;
}
