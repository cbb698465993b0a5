import { identityAccess } from '../access';
import { db } from '../db';
import { forbidden, notFound } from '../http/responses';
import type { IdentityRecord, UserRecord } from '../records';

/*
 * Object lookups shared by the agent-scoped handlers. They throw the answer
 * (404 for what the user may not see, 403 for what they may not change),
 * which `authed` sends.
 */

export function visibleIdentity(
  user: UserRecord,
  uuid: string,
): IdentityRecord {
  const identity = db.identities.find((i) => i.uuid === uuid);
  if (!identity || identityAccess(user, identity) === 'none') {
    throw notFound();
  }
  return identity;
}

export function assertCanManage(
  user: UserRecord,
  identity: IdentityRecord,
): void {
  if (identityAccess(user, identity) !== 'manage') throw forbidden();
}

export function manageableIdentity(
  user: UserRecord,
  uuid: string,
): IdentityRecord {
  const identity = visibleIdentity(user, uuid);
  assertCanManage(user, identity);
  return identity;
}

/** Uuids of the agents the user can see: lists are filtered to them. */
export function visibleIdentityUuids(user: UserRecord): Set<string> {
  return new Set(
    db.identities
      .filter((i) => identityAccess(user, i) !== 'none')
      .map((i) => i.uuid),
  );
}

/** Creation order, oldest first: Waldur's default for these lists. */
export function byCreated<T extends { created: string }>(a: T, b: T): number {
  return a.created.localeCompare(b.created);
}
