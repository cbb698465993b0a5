import { describe, expect, it } from 'vitest';

import { mcpClientConfig, slugify } from './mcpClientConfig';

describe('mcpClientConfig', () => {
  it('slugs agent names for the server key', () => {
    expect(slugify('slurm-agent-tartu-01')).toBe('slurm-agent-tartu-01');
    expect(slugify('  Ülemiste HPC / Agent #2 ')).toBe('ulemiste-hpc-agent-2');
    expect(slugify('***')).toBe('site-agent');
  });

  it('gives the endpoint and a placeholder instead of a key', () => {
    const text = mcpClientConfig('https://waldur.example.org/api/', {
      uuid: 'abc123',
      name: 'HPC Agent',
    });

    expect(JSON.parse(text)).toEqual({
      mcpServers: {
        'hpc-agent': {
          url: 'https://waldur.example.org/api/marketplace-site-agent-identities/abc123/mcp/',
          headers: { 'X-API-Key': '<YOUR_API_KEY>' },
        },
      },
    });
  });
});
