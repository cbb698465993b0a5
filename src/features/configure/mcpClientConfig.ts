import { apiPath } from '@/api/http';
import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';

/** Stands where the key goes: the kit never puts a real key in this text. */
export const API_KEY_PLACEHOLDER = '<YOUR_API_KEY>';

/** A server name an MCP client accepts: lowercase words joined by dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'site-agent';
}

/** The agent's MCP endpoint under the API root. */
export function mcpEndpoint(apiUrl: string, agentUuid: string): string {
  const root = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
  return `${root}${apiPath(WALDUR_PATHS.agents, agentUuid, PROVISIONAL_PATHS.mcp)}`;
}

/** The `mcpServers` JSON an MCP client needs to reach this agent. */
export function mcpClientConfig(
  apiUrl: string,
  agent: { uuid: string; name: string },
): string {
  const config = {
    mcpServers: {
      [slugify(agent.name)]: {
        url: mcpEndpoint(apiUrl, agent.uuid),
        headers: { 'X-API-Key': API_KEY_PLACEHOLDER },
      },
    },
  };
  return JSON.stringify(config, null, 2);
}
