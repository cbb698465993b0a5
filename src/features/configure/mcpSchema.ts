import type { McpResource, McpTool } from '@/api/schemas';
import { t } from '@/lib/i18n';

/** One parameter of a tool, read from its JSON Schema `input_schema`. */
export interface ToolParameter {
  name: string;
  type: string;
  isRequired: boolean;
  description: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(schema: Record<string, unknown>): string {
  const { type, items, anyOf, oneOf } = schema;
  if (Array.isArray(type)) return type.map(String).join(' | ');
  if (type === 'array' && isRecord(items) && items.type !== undefined) {
    return t('array of {type}', { type: typeOf(items) });
  }
  if (typeof type === 'string') return type;
  const variants = Array.isArray(anyOf)
    ? anyOf
    : Array.isArray(oneOf)
      ? oneOf
      : [];
  const types = variants.filter(isRecord).map(typeOf);
  return types.length > 0 ? types.join(' | ') : t('any');
}

function describe(schema: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof schema.description === 'string') parts.push(schema.description);
  if (Array.isArray(schema.enum)) {
    parts.push(
      t('One of: {values}.', { values: schema.enum.map(String).join(', ') }),
    );
  }
  if (schema.default !== undefined) {
    parts.push(
      t('Default: {value}.', { value: JSON.stringify(schema.default) }),
    );
  }
  return parts.join(' ');
}

/** The tool's parameters in schema order; a schema without any gives []. */
export function toolParameters(tool: McpTool): ToolParameter[] {
  const { properties, required } = tool.input_schema;
  if (!isRecord(properties)) return [];
  const requiredNames = new Set(
    Array.isArray(required) ? required.map(String) : [],
  );

  return Object.entries(properties).map(([name, schema]) => {
    const property = isRecord(schema) ? schema : {};
    return {
      name,
      type: typeOf(property),
      isRequired: requiredNames.has(name),
      description: describe(property),
    };
  });
}

const contains = (values: string[], search: string) =>
  values.some((value) => value.toLowerCase().includes(search));

export function matchesTool(tool: McpTool, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (term === '') return true;
  const names = toolParameters(tool).map((p) => p.name);
  return contains([tool.name, tool.description, ...names], term);
}

export function matchesResource(
  resource: McpResource,
  search: string,
): boolean {
  const term = search.trim().toLowerCase();
  if (term === '') return true;
  return contains(
    [resource.uri, resource.name, resource.description, resource.mime_type],
    term,
  );
}
