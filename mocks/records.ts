import type {
  Dependency,
  McpResource,
  McpTool,
  ServiceState,
  Widget,
} from '@/api/schemas';

import type { Rng } from './random';

/*
 * What the mock database stores: the contract objects without their derived
 * fields (`url`, names of related objects, counts), plus what a server keeps
 * private (tokens, key hashes). Serializers turn these into API objects.
 */

export interface UserRecord {
  uuid: string;
  username: string;
  full_name: string;
  email: string;
  is_staff: boolean;
  is_support: boolean;
  preferred_language: string;
  token: string;
  token_expires_at: string | null;
}

export type RoleName =
  | 'CUSTOMER.OWNER'
  | 'CUSTOMER.MANAGER'
  | 'PROJECT.ADMIN'
  | 'PROJECT.MANAGER'
  | 'PROJECT.MEMBER'
  | 'OFFERING.MANAGER';

export interface PermissionRecord {
  user: string;
  role_name: RoleName;
  scope_type: 'customer' | 'project' | 'offering';
  scope_uuid: string;
  expiration_time: string | null;
}

export interface CustomerRecord {
  uuid: string;
  name: string;
  abbreviation: string;
  created: string;
  blocked: boolean;
  archived: boolean;
}

export interface ProjectRecord {
  uuid: string;
  name: string;
  customer: string;
  description: string;
  created: string;
  end_date: string | null;
}

export interface OfferingRecord {
  uuid: string;
  name: string;
  type: string;
  state: 'Draft' | 'Active' | 'Paused' | 'Archived' | 'Unavailable';
  customer: string;
  created: string;
}

export interface IdentityRecord {
  uuid: string;
  offering: string;
  created_by: string | null;
  name: string;
  version: string | null;
  dependencies: Dependency[];
  config_file_path: string | null;
  config_file_content: string | null;
  last_restarted: string;
  created: string;
  modified: string;
}

export interface ServiceRecord {
  uuid: string;
  identity: string;
  name: string;
  mode: string | null;
  state: ServiceState;
  statistics: Record<string, unknown>;
  created: string;
  modified: string;
}

export interface ProcessorRecord {
  uuid: string;
  service: string;
  name: string;
  last_run: string | null;
  backend_type: string;
  backend_version: string | null;
  created: string;
  modified: string;
}

export interface AccessKeyRecord {
  uuid: string;
  identity: string;
  project: string;
  name: string;
  key_prefix: string;
  /** SHA-256 of the plaintext, hex; the plaintext itself is never stored. */
  key_hash: string;
  is_active: boolean;
  expires_at: string | null;
  last_used_at: string | null;
  rotated_from: string | null;
  created: string;
  modified: string;
}

export interface UsageRecordRow {
  uuid: string;
  access: string;
  date: string;
  tokens_input: number;
  tokens_output: number;
  requests: number;
  created: string;
  modified: string;
}

export type WidgetRecord = Omit<Widget, 'url'>;

export interface McpRecord {
  identity: string;
  tools: McpTool[];
  resources: McpResource[];
}

export interface Db {
  users: UserRecord[];
  permissions: PermissionRecord[];
  customers: CustomerRecord[];
  projects: ProjectRecord[];
  offerings: OfferingRecord[];
  identities: IdentityRecord[];
  services: ServiceRecord[];
  processors: ProcessorRecord[];
  accessKeys: AccessKeyRecord[];
  usage: UsageRecordRow[];
  widgets: WidgetRecord[];
  mcp: McpRecord[];
  /** Source of new ids, stored so a reload continues the same sequence. */
  rng: Rng;
}
