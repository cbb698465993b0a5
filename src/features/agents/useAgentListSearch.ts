import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface AgentListSearch {
  /** Exact agent name, as Waldur's identity filter matches it. */
  name: string;
  /** One offering's uuid, or '' for all of the organization's offerings. */
  offering: string;
  page: number;
}

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/**
 * The list's shareable state (`?name=&offering=&page=`) read from and
 * written to the URL. A new filter starts again on page 1; empty values are
 * left out so the plain list keeps a clean address.
 */
export function useAgentListSearch() {
  const [params, setParams] = useSearchParams();
  const search: AgentListSearch = {
    name: params.get('name') ?? '',
    offering: params.get('offering') ?? '',
    page: readPage(params.get('page')),
  };

  const update = useCallback(
    (changes: Partial<AgentListSearch>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const isFilterChange = 'name' in changes || 'offering' in changes;
          for (const key of ['name', 'offering'] as const) {
            if (!(key in changes)) continue;
            const value = changes[key]?.trim() ?? '';
            if (value) next.set(key, value);
            else next.delete(key);
          }
          const page = isFilterChange
            ? 1
            : (changes.page ?? readPage(next.get('page')));
          if (page > 1) next.set('page', String(page));
          else next.delete('page');
          return next;
        },
        { replace: options?.replace },
      );
    },
    [setParams],
  );

  return { search, update };
}
