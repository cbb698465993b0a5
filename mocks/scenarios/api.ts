import { HttpResponse } from 'msw';

/** Any request to the API root, whatever the origin (as the base handlers). */
export const API_REQUEST = /^https?:\/\/[^/]+\/api\//;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isRead(request: Request): boolean {
  return READS.has(request.method);
}

/** The path under the API root, e.g. `users/me/`. */
export function apiPath(request: Request): string {
  return new URL(request.url).pathname.replace(/^.*?\/api\//, '');
}

/**
 * DRF's `{"detail": …}` answer with the headers the base handlers send; a
 * HEAD request gets the status and headers without a body.
 */
export function failWith(
  request: Request,
  status: number,
  message: string,
): Response {
  const init = {
    status,
    headers: { 'Access-Control-Expose-Headers': 'X-Result-Count, Link' },
  };
  return request.method === 'HEAD'
    ? new HttpResponse(null, init)
    : HttpResponse.json({ detail: message }, init);
}
