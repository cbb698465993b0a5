import { bytes, createRng, seedFrom } from './random';
import { sha256Hex } from './sha256';

/** Key format of the contract: `sak_` + 43 URL-safe base64 characters. */
export const KEY_PREFIX_LENGTH = 8;

export interface IssuedKey {
  plaintext: string;
  keyPrefix: string;
  keyHash: string;
}

function base64Url(data: Uint8Array): string {
  const binary = Array.from(data, (b) => String.fromCharCode(b)).join('');
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** The stored form of a key: its SHA-256, hex. The plaintext is never kept. */
export async function hashKey(plaintext: string): Promise<string> {
  // crypto.subtle exists only in secure contexts; a demo opened over plain
  // http on a LAN address must still create and check keys.
  if (!globalThis.crypto?.subtle) return sha256Hex(plaintext);
  const data = new TextEncoder().encode(plaintext);
  return hex(await crypto.subtle.digest('SHA-256', data));
}

/**
 * A new key with 32 bytes from the platform's CSPRNG: even in the mock a
 * key must not be guessable, since people copy mock habits into real code.
 */
export async function issueKey(): Promise<IssuedKey> {
  const plaintext = `sak_${base64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
  return {
    plaintext,
    keyPrefix: plaintext.slice(0, KEY_PREFIX_LENGTH),
    keyHash: await hashKey(plaintext),
  };
}

/**
 * A seeded key: deterministic from a label, hashed synchronously because
 * the seed is built synchronously (tests reset the database before each).
 */
export function seededKey(label: string): IssuedKey {
  const plaintext = `sak_${base64Url(bytes(createRng(seedFrom(label)), 32))}`;
  return {
    plaintext,
    keyPrefix: plaintext.slice(0, KEY_PREFIX_LENGTH),
    keyHash: sha256Hex(plaintext),
  };
}
