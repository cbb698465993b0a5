import { useCallback, useEffect } from 'react';

import { useBlocker } from './KitRouter';
import type { ShouldBlock } from './navigation';

/**
 * Asks before unsaved changes are left behind: in-app navigation to
 * another page (links, back button, agent switcher) is held by the router
 * until the person decides; closing or reloading the tab gets the
 * browser's own prompt. Changing only the search (a filter, a tab) stays
 * on the page and is never held.
 */
export function useUnsavedChangesGuard(isDirty: boolean) {
  const shouldBlock = useCallback<ShouldBlock>(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname,
    [isDirty],
  );
  const { blocked } = useBlocker(shouldBlock);

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);

  // A save that finishes while the question is open leaves nothing to lose.
  useEffect(() => {
    if (blocked && !isDirty) blocked.proceed();
  }, [blocked, isDirty]);

  return {
    isAsking: blocked !== null,
    stay: () => blocked?.reset(),
    leave: () => blocked?.proceed(),
  };
}
