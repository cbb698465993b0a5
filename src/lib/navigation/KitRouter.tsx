import {
  createContext,
  startTransition,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Router } from 'react-router-dom';

import type { BlockedNavigation, Navigation, ShouldBlock } from './navigation';

const NavigationContext = createContext<Navigation | null>(null);

interface KitRouterProps {
  navigation: Navigation;
  basename?: string;
  children: ReactNode;
}

/**
 * react-router's <Router> driven by a Navigation. Location changes render
 * in a transition, as react-router's own routers do, so a page that still
 * loads its code keeps the previous one on screen instead of a spinner.
 */
export function KitRouter({ navigation, basename, children }: KitRouterProps) {
  const [state, setState] = useState(navigation.getState);

  useLayoutEffect(() => {
    const stopListening = navigation.listen();
    const unsubscribe = navigation.subscribe(() => {
      const next = navigation.getState();
      startTransition(() => setState(next));
    });
    return () => {
      unsubscribe();
      stopListening();
    };
  }, [navigation]);

  return (
    <NavigationContext.Provider value={navigation}>
      <Router
        basename={basename}
        location={state.location}
        navigationType={state.action}
        navigator={navigation.navigator}
      >
        {children}
      </Router>
    </NavigationContext.Provider>
  );
}

export interface Blocker {
  /** The navigation waiting for an answer, or null. */
  blocked: BlockedNavigation | null;
}

/**
 * Holds navigations for which `shouldBlock` answers true until the person
 * proceeds or stays. The latest `shouldBlock` is asked, so a held
 * navigation survives a change of answer (a save that finishes while the
 * question is open); it is dropped when the component goes.
 */
export function useBlocker(shouldBlock: ShouldBlock): Blocker {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useBlocker needs a <KitRouter>');
  const latest = useRef(shouldBlock);

  useLayoutEffect(() => {
    latest.current = shouldBlock;
  });
  useLayoutEffect(
    () => navigation.block((args) => latest.current(args)),
    [navigation],
  );
  const blocked = useSyncExternalStore(
    navigation.subscribe,
    navigation.getBlocked,
    navigation.getBlocked,
  );
  return { blocked };
}
