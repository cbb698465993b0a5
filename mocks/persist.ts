import { DB_VERSION, load, resetDb, serialize } from './db';

/**
 * Keeps the browser's mock database across reloads, under a key that
 * carries the data version: a copy from an older version, or a corrupt one,
 * is replaced by a fresh seed instead of crashing the app.
 */
const PREFIX = 'site-kit:mock-db:';
export const STORAGE_KEY = `${PREFIX}v${DB_VERSION}`;

export type RestoreOutcome = 'restored' | 'fresh' | 'replaced';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function restoreDb(): RestoreOutcome {
  const store = storage();
  if (!store) return 'fresh';
  const stale = Object.keys(store).filter(
    (key) => key.startsWith(PREFIX) && key !== STORAGE_KEY,
  );
  stale.forEach((key) => store.removeItem(key));

  const saved = store.getItem(STORAGE_KEY);
  if (saved === null) return stale.length > 0 ? 'replaced' : 'fresh';
  if (load(saved)) return 'restored';
  store.removeItem(STORAGE_KEY);
  return 'replaced';
}

export function persistDb(): void {
  try {
    storage()?.setItem(STORAGE_KEY, serialize());
  } catch {
    // A full or blocked storage only costs persistence across reloads.
  }
}

/** Back to the seed, in memory and in storage. */
export function resetPersistedDb(): void {
  resetDb();
  storage()?.removeItem(STORAGE_KEY);
}
