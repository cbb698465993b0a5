/**
 * The kit's "now". Mock mode pins it to the seed's fixed moment (plus the
 * time elapsed since start), so statuses such as "expires soon" read the
 * same on every machine and in every screenshot.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Makes `now()` read `instant` at this moment and run on from there. */
export function pinClock(instant: Date): void {
  offsetMs = instant.getTime() - Date.now();
}
