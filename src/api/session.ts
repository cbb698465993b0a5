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

export function getToken(): string | null {
  return memoryToken ?? storage()?.getItem(STORAGE_KEY) ?? null;
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
