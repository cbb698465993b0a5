/**
 * The signed-in user's Waldur API token. Real mode keeps it in
 * sessionStorage (this browser tab only); mock mode is handed one by the
 * mock start-up. A 401 clears it, which brings the sign-in back.
 */
const STORAGE_KEY = 'site-kit:token';

let memoryToken: string | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** A host that mounts the kit may own the token; see setTokenSource. */
let tokenSource: (() => string | null | undefined) | null = null;

export function getToken(): string | null {
  return (
    tokenSource?.() ?? memoryToken ?? storage()?.getItem(STORAGE_KEY) ?? null
  );
}

/**
 * Lets a host hand in its own token getter (null to stop). The kit's own
 * token, if any, is the fallback when the getter has none.
 */
export function setTokenSource(
  source: (() => string | null | undefined) | null,
): void {
  tokenSource = source;
  listeners.forEach((listener) => listener());
}

export function setToken(token: string | null, persist = true): void {
  memoryToken = persist ? null : token;
  const store = storage();
  if (persist && token) store?.setItem(STORAGE_KEY, token);
  else store?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
