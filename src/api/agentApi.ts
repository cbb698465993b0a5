import * as z from 'zod/mini';

import { apiPath, createHttpClient, MAX_PAGE_SIZE } from './http';
import type { HttpClientOptions, Page, Query } from './http';
import { PROVISIONAL_PATHS as P, WALDUR_PATHS as W } from './paths';
import {
  accessKeySchema,
  AGENT_OFFERING_TYPES,
  agentSchema,
  createdAccessKeySchema,
  currentUserSchema,
  customerSchema,
  mcpResourceSchema,
  mcpRpcResponseSchema,
  mcpToolSchema,
  offeringSchema,
  processorSchema,
  projectSchema,
  SERVICE_STATE_FILTER,
  serviceSchema,
  usageRecordSchema,
  usageSummarySchema,
  widgetSchema,
} from './schemas';
import type {
  AccessKeyInput,
  AgentInput,
  ServiceState,
  WidgetInput,
} from './schemas';

export interface PageParams {
  page?: number;
  pageSize?: number;
}

export interface OrganizationAgentsParams extends PageParams {
  /** Offerings to list agents of, in display order. */
  offeringUuids: string[];
  /** Waldur's identity `name` filter is an exact match. */
  name?: string;
}

export type KeyOrdering =
  | 'created'
  | '-created'
  | 'name'
  | '-name'
  | 'expires_at'
  | '-expires_at'
  | 'last_used_at'
  | '-last_used_at';

export interface AccessKeyParams extends PageParams {
  identityUuid: string;
  projectUuid?: string;
  isActive?: boolean;
  /** Contains, case-insensitive. */
  name?: string;
  ordering?: KeyOrdering;
}

export interface UsageParams {
  identityUuid: string;
  accessUuids?: string[];
  /** Inclusive UTC dates, `YYYY-MM-DD`. */
  dateFrom?: string;
  dateTo?: string;
}

export interface McpRpcRequest {
  method: 'tools/list' | 'tools/call' | 'resources/list' | 'resources/read';
  params?: Record<string, unknown>;
}

export interface AgentApiOptions extends Omit<HttpClientOptions, 'getToken'> {
  token?: string;
  getToken?: () => string | null | undefined;
}

/**
 * Creates the typed client for every endpoint the kit uses. Usable without
 * React (Node or browser); the pages use the same instance type.
 */
export function createAgentApi(options: AgentApiOptions) {
  const http = createHttpClient({
    ...options,
    getToken: options.getToken ?? (() => options.token),
  });
  const path = apiPath;

  /**
   * Agents of several offerings as one list, paginated by the server's
   * counts: page 1 reads the first page of each offering at once; later
   * pages take each offering's total from a HEAD, then fetch only the
   * server pages that overlap the requested window, in parallel.
   * Order: offerings as given, then Waldur's order (created ascending).
   * @throws ApiError
   */
  async function listOrganizationAgents(
    params: OrganizationAgentsParams,
  ): Promise<Page<z.infer<typeof agentSchema>>> {
    const page = params.page ?? 1;
    const pageSize = params.pageSize ?? 10;
    const baseQuery: Query = { name: params.name };
    if (params.offeringUuids.length === 0) {
      return {
        items: [],
        total: 0,
        hasNext: false,
        hasPrev: page > 1,
        page,
        pageSize,
      };
    }
    if (params.offeringUuids.length === 1) {
      return listAgents({
        ...params,
        offeringUuid: params.offeringUuids[0]!,
        page,
        pageSize,
      });
    }
    if (page === 1) return firstPageOfAll(params, pageSize);

    const counts = await Promise.all(
      params.offeringUuids.map((uuid) =>
        http.count(path(W.agents), { ...baseQuery, offering_uuid: uuid }),
      ),
    );
    if (counts.some((c) => c === null)) {
      return walkAgents(params, page, pageSize);
    }

    const total = (counts as number[]).reduce((sum, c) => sum + c, 0);
    const start = (page - 1) * pageSize;
    const end = start + pageSize;
    const fetches: Array<Promise<z.infer<typeof agentSchema>[]>> = [];
    let offset = 0;
    params.offeringUuids.forEach((uuid, index) => {
      const n = counts[index] ?? 0;
      const from = Math.max(start, offset) - offset;
      const to = Math.min(end, offset + n) - offset;
      offset += n;
      if (from >= to) return;
      fetches.push(sliceOfOffering(uuid, baseQuery, from, to, pageSize));
    });
    const items = (await Promise.all(fetches)).flat();

    return {
      items,
      total,
      hasNext: end < total,
      hasPrev: page > 1,
      page,
      pageSize,
    };
  }

  /**
   * The first page needs no more than the first page of every offering, and
   * those pages carry the counts: one round trip instead of counting first.
   */
  async function firstPageOfAll(
    params: OrganizationAgentsParams,
    pageSize: number,
  ): Promise<Page<z.infer<typeof agentSchema>>> {
    const pages = await Promise.all(
      params.offeringUuids.map((uuid) =>
        listAgents({ offeringUuid: uuid, name: params.name, pageSize }),
      ),
    );
    const rows = pages.flatMap((p) => p.items);
    const totals = pages.map((p) => p.total);
    const total = totals.every((n) => n !== null)
      ? totals.reduce<number>((sum, n) => sum + (n ?? 0), 0)
      : null;
    return {
      items: rows.slice(0, pageSize),
      total,
      hasNext: rows.length > pageSize || pages.some((p) => p.hasNext),
      hasPrev: false,
      page: 1,
      pageSize,
    };
  }

  /** Rows `[from, to)` of one offering, read from at most two server pages. */
  async function sliceOfOffering(
    offeringUuid: string,
    query: Query,
    from: number,
    to: number,
    pageSize: number,
  ) {
    const firstPage = Math.floor(from / pageSize) + 1;
    const lastPage = Math.floor((to - 1) / pageSize) + 1;
    const pages = await Promise.all(
      Array.from({ length: lastPage - firstPage + 1 }, (_, i) =>
        http.list(path(W.agents), {
          query: { ...query, offering_uuid: offeringUuid },
          schema: agentSchema,
          page: firstPage + i,
          pageSize,
        }),
      ),
    );
    const rows = pages.flatMap((p) => p.items);
    const skip = from - (firstPage - 1) * pageSize;
    return rows.slice(skip, skip + (to - from));
  }

  /**
   * Fallback when a server hides `X-Result-Count`: read every offering's
   * agents in full pages and cut the window locally. Total stays unknown.
   */
  async function walkAgents(
    params: OrganizationAgentsParams,
    page: number,
    pageSize: number,
  ): Promise<Page<z.infer<typeof agentSchema>>> {
    const all: z.infer<typeof agentSchema>[] = [];
    for (const uuid of params.offeringUuids) {
      for (let p = 1; p <= 50; p += 1) {
        const result = await http.list(path(W.agents), {
          query: { name: params.name, offering_uuid: uuid },
          schema: agentSchema,
          page: p,
          pageSize: MAX_PAGE_SIZE,
        });
        all.push(...result.items);
        if (!result.hasNext) break;
      }
    }
    const start = (page - 1) * pageSize;
    return {
      items: all.slice(start, start + pageSize),
      total: null,
      hasNext: start + pageSize < all.length,
      hasPrev: page > 1,
      page,
      pageSize,
    };
  }

  /** @returns one page of an offering's agents. @throws ApiError */
  function listAgents(
    params: PageParams & { offeringUuid: string; name?: string },
  ) {
    return http.list(path(W.agents), {
      query: { offering_uuid: params.offeringUuid, name: params.name },
      schema: agentSchema,
      page: params.page,
      pageSize: params.pageSize,
    });
  }

  return {
    /** @returns the signed-in user with permissions. @throws ApiError */
    getCurrentUser: () =>
      http.request('GET', path(W.currentUser), { schema: currentUserSchema }),

    /** @returns an organization. @throws ApiError (404 if not visible) */
    getCustomer: (uuid: string) =>
      http.request('GET', path(W.customers, uuid), { schema: customerSchema }),

    /** @returns a page of an organization's projects. @throws ApiError */
    listProjects: (
      params: PageParams & { customerUuid: string; name?: string },
    ) =>
      http.list(path(W.projects), {
        query: { customer: params.customerUuid, name: params.name },
        schema: projectSchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /**
     * @returns a page of the organization's offerings of agent types.
     * @throws ApiError
     */
    listAgentOfferings: (params: PageParams & { customerUuid: string }) =>
      http.list(path(W.providerOfferings), {
        query: {
          customer_uuid: params.customerUuid,
          type: AGENT_OFFERING_TYPES,
        },
        schema: offeringSchema,
        page: params.page,
        pageSize: params.pageSize ?? MAX_PAGE_SIZE,
      }),

    listAgents,
    listOrganizationAgents,

    /** @returns one agent identity. @throws ApiError (404 if not visible) */
    getAgent: (uuid: string) =>
      http.request('GET', path(W.agents, uuid), { schema: agentSchema }),

    /** @returns the created agent (201). @throws ApiError with field errors */
    createAgent: (input: AgentInput) =>
      http.request('POST', path(W.agents), {
        body: input,
        schema: agentSchema,
      }),

    /**
     * Replaces an agent's writable fields: Waldur refuses PATCH here.
     * @returns the saved agent. @throws ApiError with field errors
     */
    updateAgent: (uuid: string, input: AgentInput) =>
      http.request('PUT', path(W.agents, uuid), {
        body: input,
        schema: agentSchema,
      }),

    /** Deletes an agent with its services and processors. @throws ApiError */
    deleteAgent: (uuid: string) =>
      http.request<void>('DELETE', path(W.agents, uuid)),

    /** @returns a page of an agent's services. @throws ApiError */
    listServices: (
      params: PageParams & { identityUuid: string; states?: ServiceState[] },
    ) =>
      http.list(path(W.services), {
        query: {
          identity_uuid: params.identityUuid,
          state: params.states?.map((s) => SERVICE_STATE_FILTER[s]),
        },
        schema: serviceSchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /** Deletes a service with its processors. @throws ApiError */
    deleteService: (uuid: string) =>
      http.request<void>('DELETE', path(W.services, uuid)),

    /** @returns a page of a service's processors. @throws ApiError */
    listProcessors: (params: PageParams & { serviceUuid: string }) =>
      http.list(path(W.processors), {
        query: { service_uuid: params.serviceUuid },
        schema: processorSchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /** @returns a page of an agent's API keys. @throws ApiError */
    listAccessKeys: (params: AccessKeyParams) =>
      http.list(path(P.accessKeys), {
        query: {
          identity_uuid: params.identityUuid,
          project_uuid: params.projectUuid,
          is_active: params.isActive,
          name: params.name,
          o: params.ordering,
        },
        schema: accessKeySchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /**
     * @returns the new key with its plaintext `api_key`, the only time it
     * exists. @throws ApiError (400 on `project` or `expires_at`)
     */
    createAccessKey: (input: AccessKeyInput) =>
      http.request('POST', path(P.accessKeys), {
        body: input,
        schema: createdAccessKeySchema,
      }),

    /** @returns the key, now inactive. @throws ApiError */
    revokeAccessKey: (uuid: string) =>
      http.request('POST', path(P.accessKeys, uuid, 'revoke'), {
        schema: accessKeySchema,
      }),

    /**
     * @returns the successor key with its plaintext; the old one stays active.
     * @throws ApiError
     */
    rotateAccessKey: (uuid: string) =>
      http.request('POST', path(P.accessKeys, uuid, 'rotate'), {
        schema: createdAccessKeySchema,
      }),

    /** Deletes a revoked key. @throws ApiError (409 for an active key) */
    deleteAccessKey: (uuid: string) =>
      http.request<void>('DELETE', path(P.accessKeys, uuid)),

    /** @returns a page of per-key, per-day usage rows. @throws ApiError */
    listUsage: (params: UsageParams & PageParams) =>
      http.list(path(P.usage), {
        query: usageQuery(params),
        schema: usageRecordSchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /** @returns totals, every day of the range and every key. @throws ApiError */
    getUsageSummary: (params: UsageParams) =>
      http.request('GET', path(P.usageSummary), {
        query: usageQuery(params),
        schema: usageSummarySchema,
      }),

    /** @returns the MCP tools an agent exposes. @throws ApiError (404: none) */
    listMcpTools: (identityUuid: string) =>
      http.request('GET', path(W.agents, identityUuid, P.mcpTools), {
        schema: z.array(mcpToolSchema),
      }),

    /** @returns the MCP resources an agent exposes. @throws ApiError */
    listMcpResources: (identityUuid: string) =>
      http.request('GET', path(W.agents, identityUuid, P.mcpResources), {
        schema: z.array(mcpResourceSchema),
      }),

    /**
     * Calls the agent's MCP endpoint with an API key instead of the admin
     * token. @returns the JSON-RPC answer. @throws ApiError (401, 403)
     */
    callMcp: (identityUuid: string, apiKey: string, rpc: McpRpcRequest) =>
      http.request('POST', path(W.agents, identityUuid, P.mcp), {
        body: { jsonrpc: '2.0', id: 1, ...rpc },
        headers: { 'X-API-Key': apiKey },
        skipAuth: true,
        schema: mcpRpcResponseSchema,
      }),

    /** @returns a page of an agent's widgets. @throws ApiError */
    listWidgets: (params: PageParams & { identityUuid: string }) =>
      http.list(path(P.widgets), {
        query: { identity_uuid: params.identityUuid },
        schema: widgetSchema,
        page: params.page,
        pageSize: params.pageSize,
      }),

    /** @returns one widget. @throws ApiError */
    getWidget: (uuid: string) =>
      http.request('GET', path(P.widgets, uuid), { schema: widgetSchema }),

    /** @returns the created widget. @throws ApiError with field errors */
    createWidget: (input: WidgetInput) =>
      http.request('POST', path(P.widgets), {
        body: input,
        schema: widgetSchema,
      }),

    /** @returns the saved widget. @throws ApiError with field errors */
    updateWidget: (uuid: string, input: WidgetInput) =>
      http.request('PUT', path(P.widgets, uuid), {
        body: input,
        schema: widgetSchema,
      }),

    /** @throws ApiError */
    deleteWidget: (uuid: string) =>
      http.request<void>('DELETE', path(P.widgets, uuid)),
  };
}

function usageQuery(params: UsageParams): Query {
  return {
    identity_uuid: params.identityUuid,
    access_uuid: params.accessUuids,
    date_from: params.dateFrom,
    date_to: params.dateTo,
  };
}

export type AgentApi = ReturnType<typeof createAgentApi>;
