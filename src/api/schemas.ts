import * as z from 'zod/mini';

/*
 * Zod contracts for every object of ../shared/API-CONTRACT.md. The mocks
 * build their responses with these types and the contract test parses every
 * mock response with them, so neither side can drift. zod/mini keeps the
 * agent list's first load inside its JavaScript budget.
 */

// Zod probes `new Function` to compile fast parsers; under the kit's strict
// Content-Security-Policy that probe is reported as a violation. Set before
// any schema parses, and shared with the forms' classic zod.
z.config({ jitless: true });

const TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 instant that carries its offset; local-time strings fail. */
export const timestamp = z.string().check(z.regex(TIMESTAMP));
export const isoDate = z.string().check(z.regex(DATE));
const uuid = z.string();
const count = z.number().check(z.int(), z.gte(0));

export const permissionSchema = z.object({
  role_name: z.string(),
  scope_type: z.nullable(z.string()),
  scope_uuid: uuid,
  scope_name: z.string(),
  customer_uuid: uuid,
  customer_name: z.string(),
  project_uuid: z.optional(z.nullable(uuid)),
  expiration_time: z.nullable(timestamp),
});

export const currentUserSchema = z.object({
  uuid,
  url: z.string(),
  username: z.string(),
  full_name: z.string(),
  email: z.string(),
  is_staff: z.boolean(),
  is_support: z.boolean(),
  preferred_language: z.optional(z.string()),
  permissions: z.array(permissionSchema),
});

export const customerSchema = z.object({
  uuid,
  url: z.string(),
  name: z.string(),
  abbreviation: z.string(),
  display_name: z.string(),
  created: timestamp,
  projects_count: count,
  users_count: count,
  is_service_provider: z.boolean(),
  blocked: z.boolean(),
  archived: z.boolean(),
});

export const projectSchema = z.object({
  uuid,
  url: z.string(),
  name: z.string(),
  customer: z.string(),
  customer_uuid: uuid,
  customer_name: z.string(),
  description: z.string(),
  created: timestamp,
  end_date: z.nullable(isoDate),
});

export const OFFERING_STATES = [
  'Draft',
  'Active',
  'Paused',
  'Archived',
  'Unavailable',
] as const;

/** Offering types a site agent can run for. */
export const AGENT_OFFERING_TYPES = [
  'Marketplace.Slurm',
  'Marketplace.Script',
  'OpenStack.Tenant',
  'Marketplace.Basic',
] as const;

export const offeringSchema = z.object({
  uuid,
  url: z.string(),
  name: z.string(),
  type: z.string(),
  state: z.enum(OFFERING_STATES),
  customer_uuid: uuid,
  customer_name: z.string(),
  created: timestamp,
});

export const SERVICE_STATES = ['Active', 'Idle', 'Error'] as const;
export const serviceStateSchema = z.enum(SERVICE_STATES);

/** Waldur filters services by integer state although it answers strings. */
export const SERVICE_STATE_FILTER: Record<ServiceState, number> = {
  Active: 1,
  Idle: 2,
  Error: 3,
};

const statistics = z.record(z.string(), z.unknown());

export const nestedProcessorSchema = z.object({
  uuid,
  url: z.string(),
  name: z.string(),
  last_run: z.nullable(timestamp),
  backend_type: z.string(),
  backend_version: z.nullable(z.string()),
  created: timestamp,
  modified: timestamp,
});

export const nestedServiceSchema = z.object({
  uuid,
  url: z.string(),
  name: z.string(),
  mode: z.nullable(z.string()),
  state: serviceStateSchema,
  statistics,
  created: timestamp,
  modified: timestamp,
});

export const dependencySchema = z.object({
  package: z.string(),
  version: z.string(),
});

export const agentSchema = z.object({
  uuid,
  url: z.string(),
  offering: uuid,
  // In the contract but not in Waldur 8.0.5's schema: tolerate both.
  created_by: z.optional(z.nullable(uuid)),
  name: z.string(),
  version: z.nullable(z.string()),
  dependencies: z.array(dependencySchema),
  config_file_path: z.nullable(z.string()),
  config_file_content: z.nullable(z.string()),
  last_restarted: z.nullable(timestamp),
  created: timestamp,
  modified: timestamp,
  services: z.array(nestedServiceSchema),
});

export const serviceSchema = z.object({
  uuid,
  url: z.string(),
  identity: uuid,
  identity_name: z.string(),
  name: z.string(),
  mode: z.nullable(z.string()),
  state: serviceStateSchema,
  statistics,
  created: timestamp,
  modified: timestamp,
  processors: z.array(nestedProcessorSchema),
});

export const processorSchema = z.object({
  uuid,
  url: z.string(),
  service: uuid,
  service_name: z.string(),
  name: z.string(),
  last_run: z.nullable(timestamp),
  backend_type: z.string(),
  backend_version: z.nullable(z.string()),
  created: timestamp,
  modified: timestamp,
});

export const accessKeySchema = z.object({
  uuid,
  url: z.string(),
  identity: uuid,
  identity_name: z.string(),
  project: uuid,
  project_name: z.string(),
  name: z.string(),
  key_prefix: z.string(),
  is_active: z.boolean(),
  expires_at: z.nullable(timestamp),
  last_used_at: z.nullable(timestamp),
  rotated_from: z.nullable(uuid),
  created: timestamp,
  modified: timestamp,
});

/** The create and rotate answers: the only place the plaintext exists. */
export const createdAccessKeySchema = z.extend(accessKeySchema, {
  api_key: z.string(),
});

export const usageRecordSchema = z.object({
  uuid,
  access: uuid,
  access_name: z.string(),
  key_prefix: z.string(),
  identity: uuid,
  date: isoDate,
  tokens_input: count,
  tokens_output: count,
  requests: count,
  created: timestamp,
  modified: timestamp,
});

const usageCounts = {
  tokens_input: count,
  tokens_output: count,
  requests: count,
};

export const usageSummarySchema = z.object({
  totals: z.object(usageCounts),
  by_day: z.array(z.object({ date: isoDate, ...usageCounts })),
  by_access: z.array(
    z.object({
      access: uuid,
      access_name: z.string(),
      key_prefix: z.string(),
      ...usageCounts,
      last_used_at: z.nullable(timestamp),
    }),
  ),
});

export const mcpToolSchema = z.object({
  name: z.string(),
  description: z.string(),
  input_schema: z.record(z.string(), z.unknown()),
});

export const mcpResourceSchema = z.object({
  uri: z.string(),
  name: z.string(),
  description: z.string(),
  mime_type: z.string(),
});

export const WIDGET_THEMES = ['light', 'dark', 'auto'] as const;
export const WIDGET_POSITIONS = ['bottom-right', 'bottom-left'] as const;

export const widgetSchema = z.object({
  uuid,
  url: z.string(),
  identity: uuid,
  name: z.string(),
  public_id: z.string(),
  theme: z.enum(WIDGET_THEMES),
  position: z.enum(WIDGET_POSITIONS),
  primary_color: z.string(),
  welcome_message: z.string(),
  placeholder: z.string(),
  auto_open: z.boolean(),
  auto_open_delay: count,
  language: z.string(),
  allowed_origins: z.array(z.string()),
  is_active: z.boolean(),
  created: timestamp,
  modified: timestamp,
});

/** A JSON-RPC 2.0 answer of the MCP endpoint. */
export const mcpRpcResponseSchema = z.object({
  jsonrpc: z.literal('2.0'),
  id: z.union([z.string(), z.number(), z.null()]),
  result: z.optional(z.unknown()),
  error: z.optional(
    z.object({
      code: z.number(),
      message: z.string(),
      data: z.optional(z.unknown()),
    }),
  ),
});

export type Permission = z.infer<typeof permissionSchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Offering = z.infer<typeof offeringSchema>;
export type ServiceState = z.infer<typeof serviceStateSchema>;
export type NestedService = z.infer<typeof nestedServiceSchema>;
export type NestedProcessor = z.infer<typeof nestedProcessorSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Agent = z.infer<typeof agentSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Processor = z.infer<typeof processorSchema>;
export type AccessKey = z.infer<typeof accessKeySchema>;
export type CreatedAccessKey = z.infer<typeof createdAccessKeySchema>;
export type UsageRecord = z.infer<typeof usageRecordSchema>;
export type UsageSummary = z.infer<typeof usageSummarySchema>;
export type McpTool = z.infer<typeof mcpToolSchema>;
export type McpResource = z.infer<typeof mcpResourceSchema>;
export type Widget = z.infer<typeof widgetSchema>;
export type WidgetTheme = (typeof WIDGET_THEMES)[number];
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];
export type McpRpcResponse = z.infer<typeof mcpRpcResponseSchema>;

/** Body of POST and PUT on identities (PUT is a full replacement). */
export interface AgentInput {
  offering: string;
  name: string;
  version: string | null;
  dependencies: Dependency[];
  config_file_path: string | null;
  config_file_content: string | null;
}

export interface AccessKeyInput {
  identity: string;
  project: string;
  name: string;
  expires_at: string | null;
}

export type WidgetInput = Omit<
  Widget,
  'uuid' | 'url' | 'public_id' | 'created' | 'modified'
>;
