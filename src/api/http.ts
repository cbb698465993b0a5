import type { ZodMiniType } from 'zod/mini';

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
  /** Abort a request that takes longer than this. */
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
    .filter((part) => part !== '')
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

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  if (text === '') return undefined;
  if (!type.includes('json')) {
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

function parseWith<T>(
  schema: ZodMiniType<T> | undefined,
  data: unknown,
  url: string,
) {
  if (!schema) return data as T;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
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
  ): Promise<Response> {
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

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal
      ? AbortSignal.any([init.signal, timeout])
      : timeout;
    // Read fetch at call time so test doubles installed later still apply.
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      const timedOut = timeout.aborted;
      throw new ApiError({
        kind: timedOut ? 'timeout' : 'network',
        status: 0,
        developerMessage: `${method} ${url} failed: ${String(cause)}`,
      });
    }

    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      const body = method === 'HEAD' ? undefined : await readJson(response);
      if (body === undefined && response.status >= 400) {
        throw new ApiError({
          kind: 'http',
          status: response.status,
          retryAfterSeconds: retryAfter,
        });
      }
      throw errorFromBody(response.status, body, retryAfter);
    }
    return response;
  }

  async function request<T>(
    method: string,
    path: string,
    init: RequestOptions<T> = {},
  ): Promise<T> {
    const response = await send(method, path, init as RequestOptions<unknown>);
    const data = await readJson(response);
    return parseWith(init.schema, data, response.url || path);
  }

  async function list<T>(
    path: string,
    init: RequestOptions<T> & { page?: number; pageSize?: number },
  ): Promise<Page<T>> {
    const page = init.page ?? 1;
    const pageSize = init.pageSize ?? DEFAULT_PAGE_SIZE;
    const query = { ...init.query, page, page_size: pageSize };
    const response = await send('GET', path, {
      ...init,
      query,
    } as RequestOptions<unknown>);
    const data = await readJson(response);
    if (!Array.isArray(data)) {
      throw unexpected(response.status, `Expected a JSON array from ${path}`);
    }
    const items = data.map((item) => parseWith(init.schema, item, path));
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
    const response = await send('HEAD', path, {
      query: { ...query, page_size: 1 },
    });
    return parseResultCount(response.headers.get('X-Result-Count'));
  }

  return { request, list, count };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
