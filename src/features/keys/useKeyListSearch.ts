import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

import {
  DEFAULT_ORDERING,
  type KeyListSearch,
  readKeySearch,
} from './keyListParams';

const FILTERS = ['status', 'project', 'q', 'o'] as const;

/**
 * The keys list's state in the URL. Any filter, search or sort change
 * starts again on page 1; defaults are left out so the address stays clean.
 */
export function useKeyListSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readKeySearch(params), [params]);

  const update = useCallback(
    (changes: Partial<KeyListSearch>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const values: Record<(typeof FILTERS)[number], string | undefined> = {
            status: 'status' in changes ? (changes.status ?? '') : undefined,
            project: changes.project,
            q: changes.q,
            o: changes.ordering,
          };
          let isFilterChange = false;
          for (const key of FILTERS) {
            const value = values[key];
            if (value === undefined) continue;
            isFilterChange = true;
            if (value && !(key === 'o' && value === DEFAULT_ORDERING)) {
              next.set(key, value);
            } else {
              next.delete(key);
            }
          }
          const page = isFilterChange
            ? 1
            : (changes.page ?? readKeySearch(next).page);
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
