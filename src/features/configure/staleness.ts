import type { NestedProcessor, Service } from '@/api/schemas';

/** Waldur turns a service Idle when no processor ran for this long. */
export const SERVICE_IDLE_AFTER_MS = 10 * 60_000;
/** Waldur's `stale` processor filter: no run for more than an hour. */
export const PROCESSOR_STALE_AFTER_MS = 60 * 60_000;

/** The latest run of any of the service's processors, or null if none ran. */
export function lastRunOf(service: Service): Date | null {
  const times = service.processors
    .map((p) => (p.last_run ? Date.parse(p.last_run) : Number.NaN))
    .filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/** Idle, and no processor has run within the idle window. */
export function isServiceStale(service: Service, now: Date): boolean {
  if (service.state !== 'Idle') return false;
  const last = lastRunOf(service);
  return (
    last === null || now.getTime() - last.getTime() > SERVICE_IDLE_AFTER_MS
  );
}

/** Not run for more than an hour, or never run at all. */
export function isProcessorStale(
  processor: NestedProcessor,
  now: Date,
): boolean {
  if (!processor.last_run) return true;
  return (
    now.getTime() - Date.parse(processor.last_run) > PROCESSOR_STALE_AFTER_MS
  );
}
