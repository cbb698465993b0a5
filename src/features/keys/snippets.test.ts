import { describe, expect, it } from 'vitest';

import { curlCommand, envLine, mcpEndpoint, shellQuote } from './snippets';

describe('snippets', () => {
  it('builds the MCP endpoint with trailing slashes', () => {
    expect(mcpEndpoint('https://waldur.example.org/api/', 'abc')).toBe(
      'https://waldur.example.org/api/marketplace-site-agent-identities/abc/mcp/',
    );
    expect(mcpEndpoint('https://waldur.example.org/api', 'abc')).toBe(
      'https://waldur.example.org/api/marketplace-site-agent-identities/abc/mcp/',
    );
  });

  it('writes a curl call of tools/list with the key header', () => {
    expect(curlCommand('https://w.example/api/', 'abc', 'sak_x-y_z')).toBe(
      "curl -X POST 'https://w.example/api/marketplace-site-agent-identities/abc/mcp/'" +
        " -H 'X-API-Key: sak_x-y_z' -H 'Content-Type: application/json'" +
        ' -d \'{"jsonrpc":"2.0","id":1,"method":"tools/list"}\'',
    );
  });

  it('quotes single quotes for the shell', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('writes the .env line', () => {
    expect(envLine('sak_abc')).toBe('WALDUR_AGENT_API_KEY=sak_abc');
  });
});
