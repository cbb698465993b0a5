import type { core, ZodMiniType } from 'zod/mini';

import { ApiError, errorFromBody } from './errors';

export type QueryValue =
  string | number | boolean | null | undefined | ReadonlyArray<string | number>;
export type Query = Record<string, QueryValue>;

/** One page of a Waldur list: the bare array plus what the headers said. */
export interface Page<T> {
  items: T[];
  /** From `X-Result-Count`; null when the header is missing or unreadable. */
  total: number | null;
  hasNext: boolean;
  hasPrev: boolean;
  page: number;
  pageSize: number;
}

export interface HttpClientOptions {
  /** The API root, e.g. `https://waldur.example.org/api/`. */
  baseUrl: string;
  getToken?: () => string | null | undefined;
  fetch?: typeof fetch;
  /** Give up on a request, body included, after this long (30 s). */
  timeoutMs?: number;
}

export interface RequestOptions<T> {
  query?: Query;
  body?: unknown;
  schema?: ZodMiniType<T>;
  headers?: Record<string, string>;
  /** Send no admin token (the MCP endpoint takes an API key instead). */
  skipAuth?: boolean;
  signal?: AbortSignal;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 300;

/** Joins path segments into `a/b/c/`: Django refuses POSTs without it. */
export function apiPath(...segments: string[]): string {
  const parts = segments
    .flatMap((segment) => segment.split('/'))
    // An id from the address such as `../users/me` must not climb to
    // another endpoint: dot segments never belong in Waldur's paths.
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => encodeURIComponent(part));
  return `${parts.join('/')}/`;
}

/** Repeats keys for arrays (`state=1&state=3`) and drops empty values. */
export function buildQuery(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Parses `X-Result-Count`; anything but a non-negative integer is unknown. */
export function parseResultCount(header: string | null): number | null {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  const value = Number(header);
  return Number.isSafeInteger(value) ? value : null;
}

/** Reads the relations named in a `Link` header (`first`, `next`, …). */
export function parseLinkRels(header: string | null): Set<string> {
  const rels = new Set<string>();
  if (!header) return rels;
  for (const part of header.split(',')) {
    const match = /<[^>]*>\s*;\s*rel="?([^";]+)"?/.exec(part);
    if (match?.[1]) {
      for (const rel of match[1].trim().split(/\s+/)) rels.add(rel);
    }
  }
  return rels;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

function unexpected(status: number, developerMessage: string): ApiError {
  return new ApiError({ kind: 'unexpected', status, developerMessage });
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').includes('json');
}

function parseJson(response: Response, text: string): unknown {
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!isJson(response)) {
    throw unexpected(
      response.status,
      `Expected JSON from ${response.url}, got ${type || 'no content type'}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unexpected(response.status, `Unreadable JSON from ${response.url}`);
  }
}

/** Rejects with the signal's reason once it aborts. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), {
      once: true,
    });
  });
}

/** A response with its whole body read. */
interface Exchange {
  response: Response;
  text: string;
}

/** The JSON type of a value, as a contract names it. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * What the contract wanted, for the developer report. zod/mini has no
 * locale, so its own messages say only "Invalid input"; a locale would not
 * fit the first page's JavaScript budget.
 */
function describeIssue(issue: core.$ZodIssue, data: unknown): string {
  const bound = (origin: string) =>
    ['string', 'array', 'set', 'file'].includes(origin)
      ? `${origin} length`
      : origin;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${jsonType(valueAt(data, issue.path))}`;
    case 'invalid_value':
      return `expected one of ${issue.values
        .map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)))
        .join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''}`;
    case 'too_small':
      return `expected ${bound(issue.origin)} ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `expected ${bound(issue.origin)} ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    default:
      return issue.message;
  }
}

function parseWith<T>(
  schema: ZodMiniType<T> | undefined,
  data: unknown,
  url: string,
  /** Where `data` sits in the body, e.g. the index of a list item. */
  at: PropertyKey[] = [],
) {
  if (!schema) return data as T;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [...at, ...issue.path].map(String).join('.');
      return `${path || '(root)'}: ${describeIssue(issue, data)}`;
    })
    .join('; ');
  throw unexpected(
    200,
    `Response of ${url} does not fit the contract: ${issues}`,
  );
}

/**
 * A small fetch wrapper that speaks Waldur: token auth, trailing slashes,
 * DRF error bodies and header-based pagination. Every failure is an ApiError.
 */
export function createHttpClient(options: HttpClientOptions) {
  const base = options.baseUrl.endsWith('/')
    ? options.baseUrl
    : `${options.baseUrl}/`;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function send(
    method: string,
    path: string,
    init: RequestOptions<unknown>,
  ): Promise<Exchange> {
    const url = `${base}${path}${buildQuery(init.query)}`;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...init.headers,
    };
    const token = options.getToken?.();
    if (token && !init.skipAuth) {
      headers.Authorization = `Token ${token}`;
    }
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';

    // A plain timer rather than AbortSignal.timeout: it stops as soon as the
    // body is in, and a test's fake clock drives it like every other timer.
    const timeout = new AbortController();
    const timer = setTimeout(() => {
      timeout.abort(
        new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'),
      );
    }, timeoutMs);
    const signal = init.signal
      ? AbortSignal.any([init.signal, timeout.signal])
      : timeout.signal;
    // A server can stall or drop the connection after the headers, too; and
    // not every fetch (mocks, polyfills) aborts a body that is being read.
    const settle = async <R>(step: Promise<R>): Promise<R> => {
      try {
        return await Promise.race([step, whenAborted(signal)]);
      } catch (cause) {
        // The caller's own cancel stays an abort, for it to ignore.
        if (init.signal?.aborted) throw cause;
        const timedOut = timeout.signal.aborted;
        throw new ApiError({
          kind: timedOut ? 'timeout' : 'network',
          status: 0,
          developerMessage: timedOut
            ? `${method} ${url} got no answer within ${timeoutMs} ms`
            : `${method} ${url} failed: ${String(cause)}`,
        });
      }
    };
    // Read fetch at call time so test doubles installed later still apply.
    const doFetch = options.fetch ?? globalThis.fetch;
    try {
      const response = await settle(
        doFetch(url, {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal,
        }),
      );
      const text = method === 'HEAD' ? '' : await settle(response.text());

      if (!response.ok) {
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        // A gateway's own error page (HTML from a proxy in front of Waldur)
        // means the server is down, not that Waldur broke the contract.
        if (response.status >= 500 && !isJson(response)) {
          throw new ApiError({
            kind: 'http',
            status: response.status,
            retryAfterSeconds: retryAfter,
          });
        }
        const body = parseJson(response, text);
        if (body === undefined && response.status >= 400) {
          throw new ApiError({
            kind: 'http',
            status: response.status,
            retryAfterSeconds: retryAfter,
          });
        }
        throw errorFromBody(response.status, body, retryAfter);
      }
      return { response, text };
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(
    method: string,
    path: string,
    init: RequestOptions<T> = {},
  ): Promise<T> {
    const { response, text } = await send(
      method,
      path,
      init as RequestOptions<unknown>,
    );
    const data = parseJson(response, text);
    return parseWith(init.schema, data, response.url || path);
  }

  async function list<T>(
    path: string,
    init: RequestOptions<T> & { page?: number; pageSize?: number },
  ): Promise<Page<T>> {
    const page = init.page ?? 1;
    const pageSize = init.pageSize ?? DEFAULT_PAGE_SIZE;
    const query = { ...init.query, page, page_size: pageSize };
    const { response, text } = await send('GET', path, {
      ...init,
      query,
    } as RequestOptions<unknown>);
    const data = parseJson(response, text);
    const url = response.url || path;
    if (!Array.isArray(data)) {
      throw unexpected(response.status, `Expected a JSON array from ${url}`);
    }
    const items = data.map((item, index) =>
      parseWith(init.schema, item, url, [index]),
    );
    const total = parseResultCount(response.headers.get('X-Result-Count'));
    const rels = parseLinkRels(response.headers.get('Link'));
    const hasLinks = rels.has('first') || rels.has('last');

    let hasNext: boolean;
    if (hasLinks) hasNext = rels.has('next');
    else if (total !== null) hasNext = page * pageSize < total;
    // Without headers, a full page is the only hint that more may follow.
    else hasNext = items.length === pageSize;

    return {
      items,
      total,
      hasNext,
      hasPrev: hasLinks ? rels.has('prev') : page > 1,
      page,
      pageSize,
    };
  }

  /** `HEAD` on a list: the total without the rows, or null if unreadable. */
  async function count(path: string, query?: Query): Promise<number | null> {
    const { response } = await send('HEAD', path, {
      query: { ...query, page_size: 1 },
    });
    return parseResultCount(response.headers.get('X-Result-Count'));
  }

  return { request, list, count };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
