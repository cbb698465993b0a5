export type CopyResult = 'copied' | 'unavailable' | 'denied';

/**
 * Copies with the async Clipboard API and reports what really happened:
 * success only once the browser accepted the text. There is no silent
 * fallback; an insecure origin has no clipboard and the caller says so.
 */
export async function copyText(text: string): Promise<CopyResult> {
  const clipboard =
    typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard?.writeText || globalThis.isSecureContext === false) {
    return 'unavailable';
  }
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'denied';
  }
}
