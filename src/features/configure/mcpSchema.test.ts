import { describe, expect, it } from 'vitest';

import type { McpTool } from '@/api/schemas';

import { matchesResource, matchesTool, toolParameters } from './mcpSchema';

const tool = (input_schema: Record<string, unknown>): McpTool => ({
  name: 'list_projects',
  description: 'List projects of the organization.',
  input_schema,
});

describe('toolParameters', () => {
  it('reads names, types, required flags and descriptions', () => {
    const parameters = toolParameters(
      tool({
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Name contains.' },
          state: { type: 'string', enum: ['OK', 'Erred'] },
          tags: { type: 'array', items: { type: 'string' } },
          limit: { type: ['integer', 'null'], default: 10 },
          scope: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        },
        required: ['name'],
      }),
    );

    expect(parameters).toEqual([
      {
        name: 'name',
        type: 'string',
        isRequired: true,
        description: 'Name contains.',
      },
      {
        name: 'state',
        type: 'string',
        isRequired: false,
        description: 'One of: OK, Erred.',
      },
      {
        name: 'tags',
        type: 'array of string',
        isRequired: false,
        description: '',
      },
      {
        name: 'limit',
        type: 'integer | null',
        isRequired: false,
        description: 'Default: 10.',
      },
      {
        name: 'scope',
        type: 'string | integer',
        isRequired: false,
        description: '',
      },
    ]);
  });

  it('gives no parameters for a schema without properties', () => {
    expect(toolParameters(tool({ type: 'object' }))).toEqual([]);
    expect(toolParameters(tool({ properties: 'nonsense' }))).toEqual([]);
  });
});

describe('search', () => {
  it('matches tools by name, description or parameter, ignoring case', () => {
    const listProjects = tool({ properties: { customer_uuid: {} } });

    expect(matchesTool(listProjects, 'PROJECTS')).toBe(true);
    expect(matchesTool(listProjects, 'organization')).toBe(true);
    expect(matchesTool(listProjects, 'customer_uuid')).toBe(true);
    expect(matchesTool(listProjects, 'invoice')).toBe(false);
    expect(matchesTool(listProjects, '  ')).toBe(true);
  });

  it('matches resources by URI, name, description or type', () => {
    const resource = {
      uri: 'schema://main',
      name: 'Reporting schema',
      description: 'Tables and columns.',
      mime_type: 'text/plain',
    };

    expect(matchesResource(resource, 'schema://')).toBe(true);
    expect(matchesResource(resource, 'text/')).toBe(true);
    expect(matchesResource(resource, 'json')).toBe(false);
  });
});
