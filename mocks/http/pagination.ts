import { HttpResponse } from 'msw';

import { detail, json } from './responses';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 300;

/** DRF's strict positive integer: anything else counts as not given. */
function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number > 0 && Number.isSafeInteger(number) ? number : null;
}

/**
 * A link to another page of the same query, built as DRF builds it: the
 * request's absolute URL, query keys sorted, page 1 without `page`.
 */
function pageLink(url: URL, page: number): string {
  const link = new URL(url);
  if (page === 1) link.searchParams.delete('page');
  else link.searchParams.set('page', String(page));
  link.searchParams.sort();
  return link.toString();
}

function linkHeader(url: URL, page: number, lastPage: number): string {
  const links: Array<[string, number]> = [['first', 1]];
  if (page > 1) links.push(['prev', page - 1]);
  if (page < lastPage) links.push(['next', page + 1]);
  links.push(['last', lastPage]);
  return links
    .map(([rel, target]) => `<${pageLink(url, target)}>; rel="${rel}"`)
    .join(', ');
}

/**
 * Answers a list the Waldur way: a bare JSON array of one page, the total in
 * `X-Result-Count`, the neighbours in `Link`; `HEAD` gets the same headers
 * and no body. A page past the end, or not a page at all, is a 404.
 * `page=last` works as in DRF.
 */
export function paginate<T>(
  request: Request,
  items: readonly T[],
  serialize: (item: T) => unknown = (item) => item,
): Response {
  const url = new URL(request.url);
  const isHead = request.method === 'HEAD';
  const pageSize = Math.min(
    positiveInt(url.searchParams.get('page_size')) ?? DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
  );
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  const requested = url.searchParams.get('page') ?? '1';
  const page = requested === 'last' ? lastPage : positiveInt(requested);

  if (page === null || page > lastPage) {
    return isHead
      ? new HttpResponse(null, { status: 404 })
      : detail(404, 'Invalid page.');
  }

  const headers = {
    'X-Result-Count': String(items.length),
    Link: linkHeader(url, page, lastPage),
  };
  // Only the page is serialized: lists can hold thousands of rows.
  const rows = items
    .slice((page - 1) * pageSize, page * pageSize)
    .map(serialize);
  if (!isHead) return json(rows, 200, headers);
  return new HttpResponse(null, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': 'application/json',
      'Access-Control-Expose-Headers': 'X-Result-Count, Link',
    },
  });
}
