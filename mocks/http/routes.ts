import { http, HttpResponse, type HttpResponseResolver } from 'msw';

import type { UserRecord } from '../records';
import { authenticate } from './auth';
import { badRequest, methodNotAllowed, ValidationError } from './responses';

export interface Ctx {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** `<scheme>://<host>` of the request: `url` fields are built from it. */
  origin: string;
  user: UserRecord;
}

export type Resolver = (ctx: Ctx) => Response | Promise<Response>;

/**
 * An API path pattern for any origin. Patterns end with `/`, and MSW then
 * does not match the same path without it, as Django would not.
 */
export function api(path: string): string {
  return `*/api/${path}/`;
}

function flatParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** HEAD answers carry the headers of the GET and never a body. */
function withoutBodyForHead(request: Request, response: Response): Response {
  if (request.method !== 'HEAD' || response.body === null) return response;
  return new HttpResponse(null, {
    status: response.status,
    headers: response.headers,
  });
}

/**
 * Wraps a resolver with what every admin endpoint does first: token
 * authentication (401), then the handler, whose ValidationError becomes
 * DRF's 400 field map.
 */
export function authed(resolver: Resolver): HttpResponseResolver {
  return async ({ request, params }) => {
    const user = authenticate(request);
    if (user instanceof Response) return withoutBodyForHead(request, user);
    const url = new URL(request.url);
    const ctx: Ctx = {
      request,
      params: flatParams(params),
      query: url.searchParams,
      origin: url.origin,
      user,
    };
    try {
      return withoutBodyForHead(request, await resolver(ctx));
    } catch (error) {
      if (error instanceof ValidationError) {
        return withoutBodyForHead(request, badRequest(error.errors));
      }
      // Helpers deep in a handler may throw the answer (a 400, a 404).
      if (error instanceof Response) return withoutBodyForHead(request, error);
      throw error;
    }
  };
}

/** GET and HEAD of a Waldur list. */
export function listRoute(path: string, resolver: Resolver) {
  return [
    http.get(api(path), authed(resolver)),
    http.head(api(path), authed(resolver)),
  ];
}

/**
 * 405 for methods a path does not have. Authentication comes first, as in
 * DRF, and the object is not looked up.
 */
export function notAllowed(path: string, methods: string[], allow: string[]) {
  const respond = authed(({ request }) =>
    methodNotAllowed(request.method, allow),
  );
  return methods.map((method) => {
    const pattern = api(path);
    if (method === 'POST') return http.post(pattern, respond);
    if (method === 'PUT') return http.put(pattern, respond);
    if (method === 'PATCH') return http.patch(pattern, respond);
    return http.delete(pattern, respond);
  });
}
