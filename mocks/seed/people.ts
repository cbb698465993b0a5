import type {
  CustomerRecord,
  OfferingRecord,
  PermissionRecord,
  ProjectRecord,
  UserRecord,
} from '../records';
import type { Rng } from '../random';
import { daysAgo } from './clock';
import {
  CUSTOMER_UUIDS as C,
  OFFERING_UUIDS as O,
  PROJECT_UUIDS as P,
  USER_UUIDS as U,
} from './ids';
import { TOKENS } from './tokens';

export function seedUsers(rng: Rng): UserRecord[] {
  const user = (
    uuid: string,
    username: string,
    fullName: string,
    token: string,
    extra: Partial<UserRecord> = {},
  ): UserRecord => ({
    uuid,
    username,
    full_name: fullName,
    email: `${username}@example.org`,
    is_staff: false,
    is_support: false,
    preferred_language: 'en',
    token,
    token_expires_at: null,
    ...extra,
  });
  return [
    user(U.owner, 'kadri.tamm', 'Kadri Tamm', TOKENS.owner),
    user(U.member, 'jaan.kask', 'Jaan Kask', TOKENS.member),
    user(U.manager, 'liis.saar', 'Liis Saar', TOKENS.manager),
    user(U.staff, 'staff', 'Site Administrator', TOKENS.staff, {
      is_staff: true,
    }),
    user(U.consumer, 'peeter.mets', 'Peeter Mets', TOKENS.consumer),
    user(U.nordicOwner, 'erik.lund', 'Erik Lund', TOKENS.nordicOwner),
    user(U.expired, 'mart.ots', 'Mart Ots', TOKENS.expired, {
      token_expires_at: daysAgo(rng, 1),
    }),
  ];
}

export function seedPermissions(): PermissionRecord[] {
  const role = (
    user: string,
    roleName: PermissionRecord['role_name'],
    scopeType: PermissionRecord['scope_type'],
    scopeUuid: string,
  ): PermissionRecord => ({
    user,
    role_name: roleName,
    scope_type: scopeType,
    scope_uuid: scopeUuid,
    expiration_time: null,
  });
  return [
    role(U.owner, 'CUSTOMER.OWNER', 'customer', C.aurora),
    role(U.owner, 'CUSTOMER.OWNER', 'customer', C.empty),
    role(U.member, 'PROJECT.MEMBER', 'project', P.genomics),
    role(U.manager, 'OFFERING.MANAGER', 'offering', O.slurm),
    role(U.consumer, 'CUSTOMER.OWNER', 'customer', C.baltic),
    role(U.nordicOwner, 'CUSTOMER.OWNER', 'customer', C.nordic),
    role(U.expired, 'CUSTOMER.OWNER', 'customer', C.aurora),
  ];
}

export function seedCustomers(rng: Rng): CustomerRecord[] {
  const customer = (
    uuid: string,
    name: string,
    abbreviation: string,
    age: number,
  ): CustomerRecord => ({
    uuid,
    name,
    abbreviation,
    created: daysAgo(rng, age),
    blocked: false,
    archived: false,
  });
  return [
    customer(C.aurora, 'Aurora Research Cloud', 'ARC', 812),
    customer(C.empty, 'Empty Org', 'EMPTY', 30),
    customer(C.baltic, 'Baltic University', 'BU', 640),
    customer(C.nordic, 'Nordic Compute Alliance', 'NCA', 700),
  ];
}

export function seedProjects(rng: Rng): ProjectRecord[] {
  const project = (
    uuid: string,
    customer: string,
    name: string,
    description: string,
    age: number,
    endDate: string | null = null,
  ): ProjectRecord => ({
    uuid,
    name,
    customer,
    description,
    created: daysAgo(rng, age, 3),
    end_date: endDate,
  });
  return [
    project(
      P.genomics,
      C.aurora,
      'Genomics Pipeline',
      'Sequencing workflows for the biobank.',
      700,
    ),
    project(
      P.climate,
      C.aurora,
      'Climate Modelling',
      'Regional climate ensemble runs.',
      520,
    ),
    project(
      P.materials,
      C.aurora,
      'Materials Simulation',
      'DFT and molecular dynamics.',
      410,
    ),
    project(
      P.training,
      C.aurora,
      'HPC Training 2026',
      'Course accounts for the spring school.',
      300,
    ),
    project(
      P.astro,
      C.aurora,
      'Astrophysics Archive',
      'Survey data reduction.',
      620,
      '2026-06-30',
    ),
    project(
      P.thesis,
      C.baltic,
      'Thesis Computing',
      'Student thesis projects.',
      500,
    ),
    project(P.nordicStorage, C.nordic, 'Nordic Shared Storage', '', 650),
  ];
}

export function seedOfferings(rng: Rng): OfferingRecord[] {
  const offering = (
    uuid: string,
    customer: string,
    name: string,
    type: string,
    age: number,
  ): OfferingRecord => ({
    uuid,
    name,
    type,
    state: 'Active',
    customer,
    created: daysAgo(rng, age, 5),
  });
  return [
    offering(O.slurm, C.aurora, 'HPC Cluster Slurm', 'Marketplace.Slurm', 790),
    offering(O.script, C.aurora, 'Batch Scripts', 'Marketplace.Script', 600),
    // Not an agent type: the kit must never list it.
    offering(O.booking, C.aurora, 'Meeting Rooms', 'Marketplace.Booking', 560),
    offering(O.nordic, C.nordic, 'Nordic HPC', 'Marketplace.Slurm', 680),
  ];
}
