import { now } from '@/lib/clock';

import { db } from '../db';
import type { IdentityRecord, McpRecord } from '../records';
import { addDays, utcDate } from '../time';

/*
 * The JSON-RPC side of an agent's MCP endpoint: enough of the protocol for
 * a client to list and call tools and read resources, answered from the
 * mock database of the agent's organization.
 */

export type RpcId = string | number | null;

export interface RpcAnswer {
  jsonrpc: '2.0';
  id: RpcId;
  result?: unknown;
  error?: { code: number; message: string };
}

const fail = (id: RpcId, code: number, message: string): RpcAnswer => ({
  jsonrpc: '2.0',
  id,
  error: { code, message },
});

const text = (data: unknown) => ({
  content: [{ type: 'text', text: JSON.stringify(data, null, 2) }],
  isError: false,
});

function organizationOf(identity: IdentityRecord): string {
  return db.offerings.find((o) => o.uuid === identity.offering)?.customer ?? '';
}

function callTool(
  identity: IdentityRecord,
  name: string,
  args: Record<string, unknown>,
): unknown {
  const customer = organizationOf(identity);
  switch (name) {
    case 'list_customers':
      return db.customers
        .filter((c) => c.uuid === customer)
        .map(({ uuid, name: n, abbreviation }) => ({
          uuid,
          name: n,
          abbreviation,
        }));
    case 'list_projects':
      return db.projects
        .filter((p) => p.customer === customer)
        .map(({ uuid, name: n, end_date }) => ({ uuid, name: n, end_date }));
    case 'list_offerings':
      return db.offerings
        .filter((o) => o.customer === customer)
        .map(({ uuid, name: n, type, state }) => ({
          uuid,
          name: n,
          type,
          state,
        }));
    case 'query':
      if (!/^\s*select\b/i.test(String(args.sql))) {
        return { error: 'Only SELECT statements are allowed.' };
      }
      return { columns: ['count'], rows: [[db.projects.length]] };
    case 'create_invitation':
      return { email: args.email, role: args.role, state: 'pending' };
    default:
      return [];
  }
}

function readResource(identity: IdentityRecord, uri: string): unknown {
  if (uri === 'agents://list') {
    const offerings = db.offerings
      .filter((o) => o.customer === organizationOf(identity))
      .map((o) => o.uuid);
    return db.identities
      .filter((i) => offerings.includes(i.offering))
      .map(({ uuid, name, version }) => ({ uuid, name, version }));
  }
  if (uri === 'usage://stats') {
    const since = addDays(utcDate(now()), -29);
    const keys = new Set(
      db.accessKeys
        .filter((k) => k.identity === identity.uuid)
        .map((k) => k.uuid),
    );
    const rows = db.usage.filter((u) => keys.has(u.access) && u.date >= since);
    return {
      since,
      requests: rows.reduce((sum, u) => sum + u.requests, 0),
      tokens_input: rows.reduce((sum, u) => sum + u.tokens_input, 0),
      tokens_output: rows.reduce((sum, u) => sum + u.tokens_output, 0),
    };
  }
  return 'customers(uuid, name)\nprojects(uuid, name, customer_uuid)\n';
}

/** Answers one JSON-RPC request of an MCP client. */
export function answerRpc(
  identity: IdentityRecord,
  catalogue: McpRecord | undefined,
  request: Record<string, unknown>,
): RpcAnswer {
  const id = (request.id ?? null) as RpcId;
  const params = (request.params ?? {}) as Record<string, unknown>;
  const tools = catalogue?.tools ?? [];
  const resources = catalogue?.resources ?? [];
  const ok = (result: unknown): RpcAnswer => ({ jsonrpc: '2.0', id, result });

  switch (request.method) {
    case 'initialize':
      return ok({
        protocolVersion: '2025-06-18',
        capabilities: { tools: {}, resources: {} },
        serverInfo: { name: identity.name, version: identity.version ?? '' },
      });
    case 'ping':
      return ok({});
    case 'tools/list':
      return ok({
        tools: tools.map((t) => ({
          name: t.name,
          description: t.description,
          inputSchema: t.input_schema,
        })),
      });
    case 'tools/call': {
      const tool = tools.find((t) => t.name === params.name);
      if (!tool)
        return fail(id, -32602, `Unknown tool: ${String(params.name)}`);
      const args = (params.arguments ?? {}) as Record<string, unknown>;
      const required = (tool.input_schema.required ?? []) as string[];
      const missing = required.filter((name) => args[name] === undefined);
      if (missing.length > 0) {
        return fail(id, -32602, `Missing arguments: ${missing.join(', ')}`);
      }
      return ok(text(callTool(identity, tool.name, args)));
    }
    case 'resources/list':
      return ok({
        resources: resources.map(({ mime_type, ...r }) => ({
          ...r,
          mimeType: mime_type,
        })),
      });
    case 'resources/read': {
      const resource = resources.find((r) => r.uri === params.uri);
      if (!resource)
        return fail(id, -32602, `Unknown resource: ${String(params.uri)}`);
      const data = readResource(identity, resource.uri);
      return ok({
        contents: [
          {
            uri: resource.uri,
            mimeType: resource.mime_type,
            text: typeof data === 'string' ? data : JSON.stringify(data),
          },
        ],
      });
    }
    default:
      return fail(id, -32601, `Method not found: ${String(request.method)}`);
  }
}
