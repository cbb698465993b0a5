/*
 * A validator for the part of JSON Schema that Waldur's OpenAPI 3.0 schema
 * uses: types, `nullable`, `required`, `properties`, `items`, `enum`,
 * `allOf`/`oneOf`/`anyOf` with `$ref`, `additionalProperties`, lengths,
 * bounds, `pattern` and the formats Waldur emits (its `uuid` being 32 hex
 * digits). Unknown keywords (`readOnly`, `title`, …) are ignored.
 */

export type Schema = { [keyword: string]: unknown };
export interface OpenApiDocument {
  components: { schemas: Record<string, Schema> };
  paths: Record<string, Record<string, unknown>>;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{32}$/.test(v),
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(
      v,
    ) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  uri: (v) => /^https?:\/\/[^\s/]+\/\S*$/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+$/.test(v),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

export function createValidator(document: OpenApiDocument) {
  function resolve(ref: string): Schema {
    const name = ref.replace('#/components/schemas/', '');
    const schema = document.components.schemas[name];
    if (!schema) throw new Error(`Unknown schema ${ref}`);
    return schema;
  }

  function check(schema: Schema, value: unknown, at: string): string[] {
    if (typeof schema.$ref === 'string')
      return check(resolve(schema.$ref), value, at);
    if (value === null && schema.nullable === true) return [];

    const errors: string[] = [];
    const fail = (message: string) =>
      errors.push(`${at || '(root)'}: ${message}`);
    const sub = (s: unknown) => check(s as Schema, value, at);

    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((s) => errors.push(...sub(s)));
    }
    if (Array.isArray(schema.oneOf)) {
      const passing = schema.oneOf.filter((s) => sub(s).length === 0).length;
      if (passing !== 1) fail(`matches ${passing} of oneOf, not exactly 1`);
    }
    if (
      Array.isArray(schema.anyOf) &&
      !schema.anyOf.some((s) => sub(s).length === 0)
    ) {
      fail('matches none of anyOf');
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      fail(
        `${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`,
      );
    }

    const type = typeOf(value);
    if (typeof schema.type === 'string') {
      const fits =
        schema.type === type ||
        (schema.type === 'number' && type === 'integer');
      if (!fits) {
        fail(`expected ${schema.type}, got ${type}`);
        return errors;
      }
    }

    if (typeof value === 'string') {
      const format = FORMATS[String(schema.format)];
      if (format && !format(value))
        fail(`"${value}" is not a ${String(schema.format)}`);
      if (
        typeof schema.maxLength === 'number' &&
        value.length > schema.maxLength
      ) {
        fail(`longer than ${schema.maxLength}`);
      }
      if (
        typeof schema.minLength === 'number' &&
        value.length < schema.minLength
      ) {
        fail(`shorter than ${schema.minLength}`);
      }
      if (
        typeof schema.pattern === 'string' &&
        !new RegExp(schema.pattern).test(value)
      ) {
        fail(`does not match ${schema.pattern}`);
      }
    }
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum)
        fail('too small');
      if (typeof schema.maximum === 'number' && value > schema.maximum)
        fail('too big');
    }
    if (Array.isArray(value) && schema.items) {
      value.forEach((item, i) =>
        errors.push(...check(schema.items as Schema, item, `${at}[${i}]`)),
      );
    }
    if (type === 'object') {
      const object = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) {
        if (!(name in object)) fail(`missing required "${name}"`);
      }
      for (const [name, item] of Object.entries(object)) {
        const path = at ? `${at}.${name}` : name;
        const property = properties[name];
        if (property) errors.push(...check(property, item, path));
        else if (schema.additionalProperties === false)
          fail(`unexpected "${name}"`);
        else if (typeof schema.additionalProperties === 'object') {
          errors.push(
            ...check(schema.additionalProperties as Schema, item, path),
          );
        }
      }
    }
    return errors;
  }

  /** The 200 schema of a GET path, e.g. `/api/projects/`. */
  function responseSchema(path: string): Schema {
    const get = document.paths[path]?.get as
      | {
          responses: Record<
            string,
            { content: Record<string, { schema: Schema }> }
          >;
        }
      | undefined;
    const schema = get?.responses['200']?.content['application/json']?.schema;
    if (!schema) throw new Error(`No GET 200 schema for ${path}`);
    return schema;
  }

  return {
    /** Errors of `value` against a GET path's 200 schema; empty when valid. */
    validateResponse: (path: string, value: unknown) =>
      check(responseSchema(path), value, ''),
    validate: (schema: Schema, value: unknown) => check(schema, value, ''),
  };
}
