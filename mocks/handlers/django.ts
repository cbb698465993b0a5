import { http } from 'msw';

import { djangoHtml } from '../http/responses';

/**
 * Django's answer to an API path without its trailing slash: GET and HEAD
 * are redirected to the slashed path; other methods cannot be redirected
 * with their body, so Django fails with its HTML 500 page. Registered last,
 * after every real route.
 */
export const djangoHandlers = [
  http.all(/^https?:\/\/[^/]+\/api\/.*[^/]$/, ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' || request.method === 'HEAD') {
      url.pathname = `${url.pathname}/`;
      return new Response(null, {
        status: 301,
        headers: { Location: url.toString() },
      });
    }
    return djangoHtml(500, 'Server Error (500)');
  }),
];
