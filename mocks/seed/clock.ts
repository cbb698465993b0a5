import { MOCK_NOW } from '../clock';
import { int, type Rng } from '../random';
import { DAY, HOUR, isoMicro, MINUTE, utcDate } from '../time';

export { DAY, HOUR, MINUTE };

/** The seed's today, `YYYY-MM-DD` (UTC). */
export const TODAY = utcDate(MOCK_NOW);

/**
 * A seed timestamp about `ms` before MOCK_NOW: up to a minute earlier, with
 * seconds and microseconds from the rng, so stamps look like real ones.
 */
export function ago(rng: Rng, ms: number): string {
  const jitter = int(rng, 0, MINUTE - 1);
  return isoMicro(new Date(MOCK_NOW.getTime() - ms - jitter), int(rng, 0, 999));
}

/** A seed timestamp `ms` after MOCK_NOW (expiry dates). */
export function ahead(rng: Rng, ms: number): string {
  return ago(rng, -ms);
}

/** Days and hours before MOCK_NOW, the way seed tables read best. */
export function daysAgo(rng: Rng, days: number, hours = 0): string {
  return ago(rng, days * DAY + hours * HOUR);
}
