import { MANAGER_TOKEN, MEMBER_TOKEN, OWNER_TOKEN } from '../seed';
import type { Role } from './types';

/** The token each dev-toolbar role signs in with. */
export const ROLE_TOKENS: Record<Role, string> = {
  owner: OWNER_TOKEN,
  manager: MANAGER_TOKEN,
  member: MEMBER_TOKEN,
};

export const ROLES = Object.keys(ROLE_TOKENS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in ROLE_TOKENS;
}

export function roleOfToken(token: string | null): Role | null {
  return ROLES.find((role) => ROLE_TOKENS[role] === token) ?? null;
}
