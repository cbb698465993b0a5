import type { Db } from './records';
import { buildSeed, type SeedName } from './seed';

export type { Db } from './records';

/** Bumped when the stored shape changes, so old browser copies are dropped. */
export const DB_VERSION = 1;

const built = new Map<SeedName, string>();

/**
 * A fresh copy of a seed's database. Each seed is built once and copied
 * from then on: tests reset the database before every test.
 */
export function createDb(seedName: SeedName = 'default'): Db {
  let json = built.get(seedName);
  if (json === undefined) {
    json = JSON.stringify(buildSeed(seedName));
    built.set(seedName, json);
  }
  return JSON.parse(json) as Db;
}

/**
 * The one database the handlers read and write. It is mutated in place
 * (never reassigned) so every module holding it sees resets and loads.
 */
export const db: Db = createDb();

/** Puts the seed back, for tests and the dev toolbar's reset. */
export function resetDb(seedName: SeedName = 'default'): void {
  Object.assign(db, createDb(seedName));
}

/** The database as JSON, for keeping it in browser storage across reloads. */
export function serialize(): string {
  return JSON.stringify({ version: DB_VERSION, db });
}

const COLLECTIONS = [
  'users',
  'permissions',
  'customers',
  'projects',
  'offerings',
  'identities',
  'services',
  'processors',
  'accessKeys',
  'usage',
  'widgets',
  'mcp',
] as const satisfies ReadonlyArray<keyof Db>;

function isStoredDb(value: unknown): value is { version: number; db: Db } {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as { version?: unknown; db?: unknown };
  if (stored.version !== DB_VERSION) return false;
  const data = stored.db as Record<string, unknown> | null | undefined;
  if (typeof data !== 'object' || data === null) return false;
  const rng = data.rng as { state?: unknown } | null | undefined;
  return (
    COLLECTIONS.every((name) => Array.isArray(data[name])) &&
    typeof rng?.state === 'number'
  );
}

/**
 * Replaces the database with a serialized copy. Returns false, leaving the
 * database as it was, when the text is not a copy of this version.
 */
export function load(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (!isStoredDb(parsed)) return false;
  Object.assign(db, parsed.db);
  return true;
}
