import { apiPath } from '@/api/http';
import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';

/** The agent's MCP endpoint, which takes an API key instead of a token. */
export function mcpEndpoint(apiUrl: string, agentId: string): string {
  const base = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
  return `${base}${apiPath(WALDUR_PATHS.agents, agentId, PROVISIONAL_PATHS.mcp)}`;
}

/** POSIX single quotes: nothing inside is expanded by the shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function envLine(apiKey: string): string {
  return `WALDUR_AGENT_API_KEY=${apiKey}`;
}

const TOOLS_LIST = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/list',
});

/** A one-line call of `tools/list` with the key, ready to paste. */
export function curlCommand(
  apiUrl: string,
  agentId: string,
  apiKey: string,
): string {
  return [
    'curl -X POST',
    shellQuote(mcpEndpoint(apiUrl, agentId)),
    '-H',
    shellQuote(`X-API-Key: ${apiKey}`),
    '-H',
    shellQuote('Content-Type: application/json'),
    '-d',
    shellQuote(TOOLS_LIST),
  ].join(' ');
}
