/**
 * The one place the kit logs. Everything else reports through here, so a
 * host can later plug in its error tracker in one spot.
 */
type Reporter = (error: unknown, context?: string) => void;

let reporter: Reporter = (error, context) => {
  // eslint-disable-next-line no-console
  console.error(`[site-kit]${context ? ` ${context}:` : ''}`, error);
};

export function reportError(error: unknown, context?: string): void {
  reporter(error, context);
}

/** Lets a host (or a test) take over reporting. */
export function setReporter(next: Reporter): void {
  reporter = next;
}
