import { db } from './db';
import type {
  IdentityRecord,
  OfferingRecord,
  PermissionRecord,
  UserRecord,
} from './records';
import { isPast } from './time';

/*
 * Who sees and who manages what. Waldur's rule for managing agents (staff,
 * the owner of the providing organization, a manager of the offering) comes
 * from the contract. Seeing is our reading of Waldur's "others who can see
 * an agent": anyone with a role anywhere in the providing organization (a
 * customer role, a role in one of its projects, or an offering role) and
 * support staff see its agents, keys, usage and widgets read-only; everyone
 * else is a consumer, who gets empty lists and 404 on details.
 */

export type Access = 'none' | 'read' | 'manage';

function activeRoles(user: UserRecord): PermissionRecord[] {
  return db.permissions.filter(
    (p) =>
      p.user === user.uuid &&
      (p.expiration_time === null || !isPast(p.expiration_time)),
  );
}

/** The organization a permission belongs to. */
export function customerOfPermission(p: PermissionRecord): string | null {
  if (p.scope_type === 'customer') return p.scope_uuid;
  if (p.scope_type === 'project') {
    return db.projects.find((x) => x.uuid === p.scope_uuid)?.customer ?? null;
  }
  return db.offerings.find((x) => x.uuid === p.scope_uuid)?.customer ?? null;
}

/** Whether the user has any role in the organization (not staff). */
export function hasRoleIn(user: UserRecord, customerUuid: string): boolean {
  return activeRoles(user).some(
    (p) => customerOfPermission(p) === customerUuid,
  );
}

export function canSeeCustomer(user: UserRecord, customerUuid: string) {
  return user.is_staff || user.is_support || hasRoleIn(user, customerUuid);
}

export function canSeeProject(user: UserRecord, projectUuid: string) {
  const project = db.projects.find((p) => p.uuid === projectUuid);
  if (!project) return false;
  if (user.is_staff || user.is_support) return true;
  return activeRoles(user).some(
    (p) =>
      (p.scope_type === 'customer' && p.scope_uuid === project.customer) ||
      (p.scope_type === 'project' && p.scope_uuid === project.uuid),
  );
}

export function offeringAccess(
  user: UserRecord,
  offering: OfferingRecord,
): Access {
  if (user.is_staff) return 'manage';
  const roles = activeRoles(user);
  const manages = roles.some(
    (p) =>
      (p.role_name === 'CUSTOMER.OWNER' &&
        p.scope_type === 'customer' &&
        p.scope_uuid === offering.customer) ||
      (p.role_name === 'OFFERING.MANAGER' &&
        p.scope_type === 'offering' &&
        p.scope_uuid === offering.uuid),
  );
  if (manages) return 'manage';
  if (user.is_support || hasRoleIn(user, offering.customer)) return 'read';
  return 'none';
}

export function identityAccess(
  user: UserRecord,
  identity: IdentityRecord,
): Access {
  const offering = db.offerings.find((o) => o.uuid === identity.offering);
  return offering ? offeringAccess(user, offering) : 'none';
}

/** Access to the agent with this uuid; 'none' when it does not exist. */
export function identityAccessByUuid(user: UserRecord, uuid: string): Access {
  const identity = db.identities.find((i) => i.uuid === uuid);
  return identity ? identityAccess(user, identity) : 'none';
}
