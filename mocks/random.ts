/**
 * Deterministic randomness for seed data and new ids (mulberry32). The state
 * is a plain object so the database can store and restore it, and ids made
 * after a reload continue the same sequence.
 */
export interface Rng {
  state: number;
}

export function createRng(seed: number): Rng {
  return { state: seed >>> 0 };
}

/** A float in [0, 1). */
export function next(rng: Rng): number {
  rng.state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = rng.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [min, max], both included. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(next(rng) * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return next(rng) < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(next(rng) * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function bytes(rng: Rng, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => int(rng, 0, 255));
}

/** A uuid4 in Waldur's form: 32 lowercase hex digits, no hyphens. */
export function uuid(rng: Rng): string {
  const hex = Array.from(bytes(rng, 16), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const variant = '89ab'[int(rng, 0, 3)] ?? '8';
  return `${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function token(rng: Rng, length: number, alphabet = ALPHANUMERIC) {
  return Array.from({ length }, () => pick(rng, [...alphabet])).join('');
}

/** A hash of a string to a 32-bit seed, so each seeded key has its own. */
export function seedFrom(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}
