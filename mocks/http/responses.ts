import { HttpResponse } from 'msw';

/** Lets a cross-origin client read the pagination headers, as Waldur does. */
const EXPOSE = { 'Access-Control-Expose-Headers': 'X-Result-Count, Link' };

export function json(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { ...EXPOSE, ...headers },
  });
}

/** DRF's `{"detail": "..."}` body, used for 401, 403, 404, 405 and 409. */
export function detail(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json({ detail: message }, status, headers);
}

export type FieldErrors = Record<string, unknown>;

/** A 400 with DRF's field map, e.g. `{"name": ["This field is required."]}`. */
export function badRequest(errors: FieldErrors): Response {
  return json(errors, 400);
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

export const notFound = () => detail(404, 'Not found.');

export const forbidden = () =>
  detail(403, 'You do not have permission to perform this action.');

export function methodNotAllowed(method: string, allow: string[]): Response {
  return detail(405, `Method "${method}" not allowed.`, {
    Allow: [...allow, 'HEAD', 'OPTIONS'].join(', '),
  });
}

/** Django's own HTML pages: the client must never read them as JSON. */
export function djangoHtml(status: number, title: string): Response {
  return new HttpResponse(`<!doctype html><title>${title}</title>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** Marks a value as invalid input: resolvers return the 400 it carries. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldErrors) {
    super('Validation failed');
  }
}
