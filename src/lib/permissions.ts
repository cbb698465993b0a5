import type { CurrentUser } from '@/api/schemas';

/**
 * Waldur's rule for managing an offering's agents: staff, the owner of the
 * organization that provides the offering, or a manager of that offering.
 */
export function canManageAgents(
  user: CurrentUser | undefined,
  customerUuid: string,
  offeringUuid?: string,
): boolean {
  if (!user) return false;
  if (user.is_staff) return true;
  return user.permissions.some(
    (p) =>
      (p.role_name === 'CUSTOMER.OWNER' &&
        p.scope_type === 'customer' &&
        p.scope_uuid === customerUuid) ||
      (offeringUuid !== undefined &&
        p.role_name === 'OFFERING.MANAGER' &&
        p.scope_type === 'offering' &&
        p.scope_uuid === offeringUuid),
  );
}
