import type { McpResource, McpTool } from '@/api/schemas';

import type { McpRecord, ServiceRecord } from '../records';

const page = {
  page: { type: 'integer', minimum: 1, default: 1 },
  page_size: { type: 'integer', minimum: 1, maximum: 300, default: 10 },
};

const tool = (
  name: string,
  description: string,
  properties: Record<string, unknown>,
  required: string[] = [],
): McpTool => ({
  name,
  description,
  input_schema: { type: 'object', properties, required },
});

export const MCP_TOOLS: McpTool[] = [
  tool(
    'query',
    'Run a read-only SQL query against the Waldur reporting views.',
    {
      sql: { type: 'string', description: 'A single SELECT statement.' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    },
    ['sql'],
  ),
  tool('list_customers', 'List organizations visible to the key.', {
    name: { type: 'string', description: 'Name contains, case-insensitive.' },
    ...page,
  }),
  tool('list_projects', 'List projects of the organization.', {
    customer_uuid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    name: { type: 'string' },
    ...page,
  }),
  tool('list_resources', 'List marketplace resources of a project.', {
    project_uuid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    state: {
      type: 'string',
      enum: ['Creating', 'OK', 'Erred', 'Updating', 'Terminating'],
    },
    ...page,
  }),
  tool(
    'list_invoices',
    'List monthly invoices of an organization.',
    {
      customer_uuid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      year: { type: 'integer', minimum: 2000 },
      month: { type: 'integer', minimum: 1, maximum: 12 },
    },
    ['customer_uuid'],
  ),
  tool('list_offerings', 'List offerings of the service provider.', {
    type: { type: 'string', description: 'e.g. Marketplace.Slurm' },
    state: { type: 'string', enum: ['Draft', 'Active', 'Paused', 'Archived'] },
  }),
  tool(
    'create_invitation',
    'Invite a person to a project or an organization by email.',
    {
      email: { type: 'string', format: 'email' },
      role: {
        type: 'string',
        enum: ['PROJECT.MEMBER', 'PROJECT.ADMIN', 'CUSTOMER.MANAGER'],
      },
      scope_uuid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    },
    ['email', 'role', 'scope_uuid'],
  ),
];

export const MCP_RESOURCES: McpResource[] = [
  {
    uri: 'schema://main',
    name: 'Reporting schema',
    description: 'Tables and columns the query tool can read.',
    mime_type: 'text/plain',
  },
  {
    uri: 'agents://list',
    name: 'Agents',
    description: 'Site agents of the organization with their state.',
    mime_type: 'application/json',
  },
  {
    uri: 'usage://stats',
    name: 'Usage statistics',
    description: 'Requests and tokens of the last 30 days.',
    mime_type: 'application/json',
  },
];

/**
 * Agents expose MCP once they run: those with services get the tools, and
 * only those that sync memberships can invite; agents that never started
 * expose nothing.
 */
export function seedMcp(services: ServiceRecord[]): McpRecord[] {
  const running = [...new Set(services.map((s) => s.identity))];
  return running.map((identity) => {
    const canInvite = services.some(
      (s) => s.identity === identity && s.mode === 'membership_sync',
    );
    return {
      identity,
      tools: canInvite
        ? MCP_TOOLS
        : MCP_TOOLS.filter((t) => t.name !== 'create_invitation'),
      resources: MCP_RESOURCES,
    };
  });
}
