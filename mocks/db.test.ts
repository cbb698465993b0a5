// @vitest-environment node
import { expect, it } from 'vitest';

import { db, load, resetDb, serialize } from './db';
import { SEED } from './seed';

it('restores a serialized database, ids included', () => {
  db.identities = db.identities.filter((i) => i.uuid !== SEED.agentUuid);
  const saved = serialize();
  resetDb();

  expect(db.identities.some((i) => i.uuid === SEED.agentUuid)).toBe(true);
  expect(load(saved)).toBe(true);
  expect(db.identities.some((i) => i.uuid === SEED.agentUuid)).toBe(false);
  expect(serialize()).toBe(saved);
});

it('refuses a copy of another shape and keeps the data', () => {
  const before = serialize();

  expect(load('{"version": 0, "db": {}}')).toBe(false);
  expect(load('not json')).toBe(false);
  expect(serialize()).toBe(before);
});

it('resets to an empty seed without agents', () => {
  resetDb('empty');

  expect(db.identities).toEqual([]);
  expect(db.customers.some((c) => c.uuid === SEED.orgUuid)).toBe(true);
});
