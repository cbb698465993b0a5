import { http } from 'msw';

import type { CurrentUser, Permission } from '@/api/schemas';
import { WALDUR_PATHS } from '@/api/paths';

import { customerOfPermission } from '../access';
import { db } from '../db';
import type { PermissionRecord, UserRecord } from '../records';
import { json } from '../http/responses';
import { api, authed } from '../http/routes';
import { objectUrl } from '../serializers';

function scopeName(p: PermissionRecord): string {
  const scopes =
    p.scope_type === 'customer'
      ? db.customers
      : p.scope_type === 'project'
        ? db.projects
        : db.offerings;
  return scopes.find((s) => s.uuid === p.scope_uuid)?.name ?? '';
}

function toPermission(p: PermissionRecord): Permission {
  const customerUuid = customerOfPermission(p) ?? '';
  return {
    role_name: p.role_name,
    scope_type: p.scope_type,
    scope_uuid: p.scope_uuid,
    scope_name: scopeName(p),
    customer_uuid: customerUuid,
    customer_name:
      db.customers.find((c) => c.uuid === customerUuid)?.name ?? '',
    project_uuid: p.scope_type === 'project' ? p.scope_uuid : null,
    expiration_time: p.expiration_time,
  };
}

export function toCurrentUser(origin: string, user: UserRecord): CurrentUser {
  return {
    uuid: user.uuid,
    url: objectUrl(origin, 'users', user.uuid),
    username: user.username,
    full_name: user.full_name,
    email: user.email,
    is_staff: user.is_staff,
    is_support: user.is_support,
    preferred_language: user.preferred_language,
    permissions: db.permissions
      .filter((p) => p.user === user.uuid)
      .map(toPermission),
  };
}

const me = authed(({ origin, user }) => json(toCurrentUser(origin, user)));

export const userHandlers = [
  http.get(api(WALDUR_PATHS.currentUser), me),
  http.head(api(WALDUR_PATHS.currentUser), me),
];
