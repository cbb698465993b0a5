/**
 * What Django REST Framework puts in a 400 body: a list of messages per
 * field, a nested map for objects, a list of maps for list items, or a map
 * keyed by item index (the widget contract's style).
 */
export type FieldErrorTree =
  string[] | { [key: string]: FieldErrorTree } | FieldErrorTree[];

export type ApiErrorKind =
  /** The server answered with a readable DRF error body. */
  | 'http'
  /** The body was HTML or otherwise not the JSON the contract promises. */
  | 'unexpected'
  /** The request never got an answer (offline, DNS, CORS, aborted). */
  | 'network'
  /** The server took longer than the client was willing to wait. */
  | 'timeout';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  detail?: string | null;
  fieldErrors?: Record<string, FieldErrorTree>;
  nonFieldErrors?: string[];
  retryAfterSeconds?: number | null;
  /** For the developer report only: what was expected, what came. */
  developerMessage?: string;
}

/** Every failure of the http client, whatever went wrong, is one of these. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly detail: string | null;
  readonly fieldErrors: Record<string, FieldErrorTree>;
  readonly nonFieldErrors: string[];
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(
      init.developerMessage ??
        init.detail ??
        `Request failed with status ${init.status}`,
    );
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.nonFieldErrors = init.nonFieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toTree(value: unknown): FieldErrorTree | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) {
      return value as string[];
    }
    return value.map((item) => toTree(item) ?? {});
  }
  if (isRecord(value)) {
    const tree: Record<string, FieldErrorTree> = {};
    for (const [key, item] of Object.entries(value)) {
      const sub = toTree(item);
      if (sub) tree[key] = sub;
    }
    return tree;
  }
  return null;
}

/** Turns a parsed JSON error body into an ApiError. */
export function errorFromBody(
  status: number,
  body: unknown,
  retryAfterSeconds: number | null = null,
): ApiError {
  if (!isRecord(body)) {
    const messages = toTree(body);
    return new ApiError({
      kind: 'http',
      status,
      nonFieldErrors: Array.isArray(messages)
        ? messages.filter((m): m is string => typeof m === 'string')
        : [],
      retryAfterSeconds,
    });
  }

  const { detail, non_field_errors: nonField, ...fields } = body;
  const fieldErrors: Record<string, FieldErrorTree> = {};
  for (const [key, value] of Object.entries(fields)) {
    const tree = toTree(value);
    if (tree) fieldErrors[key] = tree;
  }
  const nonFieldTree = toTree(nonField);

  return new ApiError({
    kind: 'http',
    status,
    detail: typeof detail === 'string' ? detail : null,
    fieldErrors,
    nonFieldErrors: Array.isArray(nonFieldTree)
      ? nonFieldTree.filter((m): m is string => typeof m === 'string')
      : [],
    retryAfterSeconds,
  });
}

/**
 * Flattens a field error tree into `path → messages`, with dotted paths
 * such as `dependencies.1.version`, the form library's naming.
 */
export function flattenFieldErrors(
  tree: Record<string, FieldErrorTree>,
  prefix = '',
): Array<{ path: string; messages: string[] }> {
  const out: Array<{ path: string; messages: string[] }> = [];
  const walk = (node: FieldErrorTree, path: string) => {
    if (Array.isArray(node) && node.every((m) => typeof m === 'string')) {
      if (node.length > 0) out.push({ path, messages: node as string[] });
      return;
    }
    const entries = Array.isArray(node)
      ? node.map((child, index) => [String(index), child] as const)
      : Object.entries(node);
    for (const [key, child] of entries) walk(child, `${path}.${key}`);
  };
  for (const [key, node] of Object.entries(tree)) {
    walk(node, prefix ? `${prefix}.${key}` : key);
  }
  return out;
}
