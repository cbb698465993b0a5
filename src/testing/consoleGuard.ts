import { vi } from 'vitest';

/**
 * Any console.error or console.warn a test did not announce fails it:
 * React warnings and unhandled mock requests are bugs, not noise.
 */
let calls: string[] = [];
let allowed: RegExp[] = [];

function record(kind: string) {
  return (...args: unknown[]) => {
    const text = args
      .map((a) => (a instanceof Error ? a.message : String(a)))
      .join(' ');
    if (!allowed.some((pattern) => pattern.test(text))) {
      calls.push(`console.${kind}: ${text}`);
    }
  };
}

export const consoleGuard = {
  start() {
    calls = [];
    allowed = [];
    vi.spyOn(console, 'error').mockImplementation(record('error'));
    vi.spyOn(console, 'warn').mockImplementation(record('warn'));
  },
  finish() {
    const found = calls;
    calls = [];
    if (found.length > 0) {
      throw new Error(`Unexpected console output:\n${found.join('\n')}`);
    }
  },
};

/** Lets the current test log messages matching `pattern` (e.g. a report). */
export function allowConsole(pattern: RegExp): void {
  allowed.push(pattern);
}
