import { describe, expect, it } from 'vitest';

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

  it('reports an HTML 502 as an unexpected response, not a parse crash', async () => {
    const { client } = clientWith(
      () =>
        new Response('<html><body>Bad gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error.kind).toBe('unexpected');
    expect(error.status).toBe(502);
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

  it('reports a failed connection as a network error', async () => {
    const { client } = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });

    const error = await failure(client.request('GET', apiPath('x')));

    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});
