import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

import { server } from '@mocks/node';

import { describeError } from '@/lib/errors';

import { ApiError, flattenFieldErrors } from './errors';
import { apiPath, buildQuery, createHttpClient } from './http';
import { agentSchema } from './schemas';

type Responder = (url: string, init: RequestInit) => Response;

function clientWith(responder: Responder) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return responder(url, init ?? {});
  };
  const client = createHttpClient({
    baseUrl: 'https://waldur.example.org/api',
    getToken: () => 'secret-token',
    fetch: fakeFetch as typeof fetch,
  });
  return { client, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('http client', () => {
  it('builds paths with a trailing slash and repeats array keys', () => {
    expect(
      apiPath('marketplace-site-agent-identities', 'abc', 'register_service'),
    ).toBe('marketplace-site-agent-identities/abc/register_service/');
    expect(buildQuery({ state: [1, 3], name: '', page: 2, x: undefined })).toBe(
      '?state=1&state=3&page=2',
    );
  });

  it('never lets an id from the address climb to another endpoint', () => {
    expect(apiPath('marketplace-site-agent-widgets', '../users/me')).toBe(
      'marketplace-site-agent-widgets/users/me/',
    );
    expect(apiPath('x', './..', 'a%2F..')).toBe('x/a%252F../');
  });

  it('sends the token header and JSON body', async () => {
    const { client, calls } = clientWith(() => json({ ok: true }));

    await client.request('POST', apiPath('things'), { body: { a: 1 } });

    expect(calls[0]?.url).toBe('https://waldur.example.org/api/things/');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Token secret-token');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"a":1}');
  });

  it('reads total, next and previous from the headers of a bare array', async () => {
    const link =
      '<https://w/api/x/>; rel="first", <https://w/api/x/?page=1>; rel="prev", ' +
      '<https://w/api/x/?page=3>; rel="next", <https://w/api/x/?page=5>; rel="last"';
    const { client } = clientWith(() =>
      json([{ id: 1 }], { headers: { 'X-Result-Count': '42', Link: link } }),
    );

    const page = await client.list(apiPath('x'), { page: 2, pageSize: 10 });

    expect(page).toMatchObject({
      total: 42,
      hasNext: true,
      hasPrev: true,
      page: 2,
    });
    expect(page.items).toHaveLength(1);
  });

  it('copes with missing or unreadable pagination headers', async () => {
    const full = Array.from({ length: 10 }, (_, i) => ({ id: i }));
    const { client } = clientWith(() =>
      json(full, { headers: { 'X-Result-Count': 'NaN' } }),
    );

    const page = await client.list(apiPath('x'), { page: 1, pageSize: 10 });

    expect(page.total).toBeNull();
    expect(page.hasNext).toBe(true);
    expect(page.hasPrev).toBe(false);
  });

  it('infers the last page from the count when Link is hidden', async () => {
    const { client } = clientWith(() =>
      json([{ id: 1 }], { headers: { 'X-Result-Count': '21' } }),
    );

    const page = await client.list(apiPath('x'), { page: 3, pageSize: 10 });

    expect(page).toMatchObject({ total: 21, hasNext: false, hasPrev: true });
  });

  it('turns DRF field, nested and non-field errors into an ApiError', async () => {
    const { client } = clientWith(() =>
      json(
        {
          name: ['This field is required.', 'Too short.'],
          dependencies: [{}, { version: ['This field is required.'] }],
          allowed_origins: { '1': ['Enter a valid origin.'] },
          non_field_errors: ['Names must be unique.'],
        },
        { status: 400 },
      ),
    );

    const error = await failure(client.request('PUT', apiPath('x', '1')));

    expect(error.status).toBe(400);
    expect(error.nonFieldErrors).toEqual(['Names must be unique.']);
    expect(flattenFieldErrors(error.fieldErrors)).toEqual([
      { path: 'name', messages: ['This field is required.', 'Too short.'] },
      { path: 'dependencies.1.version', messages: ['This field is required.'] },
      { path: 'allowed_origins.1', messages: ['Enter a valid origin.'] },
    ]);
  });

  it('keeps the detail of 403 and the wait of 429', async () => {
    const { client } = clientWith(() =>
      json(
        { detail: 'Slow down.' },
        { status: 429, headers: { 'Retry-After': '2' } },
      ),
    );

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error.detail).toBe('Slow down.');
    expect(error.retryAfterSeconds).toBe(2);
  });

  it('takes an HTML 502 from a gateway for an outage, not a contract breach', async () => {
    const { client } = clientWith(
      () =>
        new Response('<html><body>Bad gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(describeError(error)).toBe(
      'The server is unavailable. Try again in a moment.',
    );
  });

  it('reports an HTML answer to a 4xx as an unexpected response', async () => {
    const { client } = clientWith(
      () =>
        new Response('<html><body>Not here</body></html>', {
          status: 404,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error.kind).toBe('unexpected');
    expect(error.status).toBe(404);
  });

  it('reports JSON-labelled garbage as an unexpected response', async () => {
    const { client } = clientWith(
      () =>
        new Response('{not json', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error.kind).toBe('unexpected');
  });

  it('rejects a body that does not fit the schema', async () => {
    const { client } = clientWith(() => json({ uuid: 'x' }));

    const error = await failure(
      client.request('GET', apiPath('x'), { schema: agentSchema }),
    );

    expect(error.kind).toBe('unexpected');
    expect(error.message).toMatch(/does not fit the contract/);
  });

  it('names the list item and the field that do not fit the schema', async () => {
    const { client } = clientWith(() =>
      json([
        { uuid: 'a', state: 'online' },
        { uuid: 42, state: 'asleep' },
      ]),
    );
    const schema = z.object({
      uuid: z.string(),
      state: z.enum(['online', 'offline']),
    });

    const error = await failure(client.list(apiPath('x'), { schema }));

    // zod/mini alone says only "Invalid input": the report must say more.
    expect(error.kind).toBe('unexpected');
    expect(error.message).toBe(
      'Response of x/ does not fit the contract: ' +
        '1.uuid: expected string, received number; ' +
        '1.state: expected one of "online", "offline"',
    );
  });

  it('reports a failed connection as a network error', async () => {
    const { client } = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});

describe('http client timeout', () => {
  const BASE = 'https://waldur.example.org/api/';
  const URL = `${BASE}x/`;

  /** The client as the kit builds it: the real fetch, answered by msw. */
  const client = (timeoutMs?: number) =>
    createHttpClient({ baseUrl: BASE, timeoutMs });

  /** Settles `promise` into what a caller would see, without throwing. */
  function outcome(promise: Promise<unknown>) {
    const seen: { value?: unknown; error?: unknown; settled: boolean } = {
      settled: false,
    };
    promise.then(
      (value) => Object.assign(seen, { value, settled: true }),
      (error: unknown) => Object.assign(seen, { error, settled: true }),
    );
    return seen;
  }

  it('gives up after 30 seconds on a server that never answers', async () => {
    vi.useFakeTimers();
    server.use(http.get(URL, () => delay('infinite')));

    const seen = outcome(client().request('GET', apiPath('x')));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(seen.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(seen.error).toBeInstanceOf(ApiError);
    expect(seen.error).toMatchObject({ kind: 'timeout', status: 0 });
    expect(describeError(seen.error)).toBe(
      'The server took too long to answer.',
    );
    expect((seen.error as ApiError).message).toBe(
      `GET ${URL} got no answer within 30000 ms`,
    );
  });

  it('waits as long as it is told to', async () => {
    vi.useFakeTimers();
    server.use(http.get(URL, () => delay('infinite')));

    const seen = outcome(client(5_000).request('GET', apiPath('x')));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(seen.error).toMatchObject({ kind: 'timeout' });
  });

  it('gives up on a body that stalls after the headers', async () => {
    vi.useFakeTimers();
    server.use(
      http.get(URL, () => {
        const stalled = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[{"uuid": '));
          },
        });
        return new HttpResponse(stalled, {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );

    const seen = outcome(client().list(apiPath('x'), {}));
    await vi.advanceTimersByTimeAsync(30_000);

    expect(seen.error).toMatchObject({ kind: 'timeout', status: 0 });
  });

  it('keeps an answer that comes just in time, and stops its clock', async () => {
    vi.useFakeTimers();
    server.use(
      http.get(URL, async () => {
        await delay(29_000);
        return HttpResponse.json({ ok: true });
      }),
    );

    const seen = outcome(client().request('GET', apiPath('x')));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(seen.value).toEqual({ ok: true });
    // A finished request holds no timer that could keep a Node script alive.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves a caller's own cancel an abort, neither timeout nor network", async () => {
    vi.useFakeTimers();
    server.use(http.get(URL, () => delay('infinite')));
    const controller = new AbortController();

    const seen = outcome(
      client().request('GET', apiPath('x'), { signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);

    expect(seen.error).not.toBeInstanceOf(ApiError);
    expect(seen.error).toMatchObject({ name: 'AbortError' });
  });

  it('reports a connection dropped in the middle of the body as a network error', async () => {
    const { client: dropping } = clientWith(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.error(new TypeError('terminated'));
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    );

    const error = await failure(dropping.request('GET', apiPath('x')));

    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});
