import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createMemoryHistory as createMemoryHistory,
  NavigationType,
  type Location,
  type Navigator,
  type To,
} from 'react-router-dom';

/*
 * The kit routes in react-router's declarative mode: its data router would
 * add about 15 kB (gzipped) to every first load, over the agent list's
 * budget, for one feature the kit uses, holding a navigation while a form
 * asks whether to leave. That one feature lives here, on top of the same
 * history objects react-router's own routers use.
 */

type History = ReturnType<typeof createBrowserHistory>;

export interface NavigationState {
  action: NavigationType;
  location: Location;
}

/** Whether a navigation from one location to the next must wait. */
export type ShouldBlock = (args: {
  currentLocation: Location;
  nextLocation: Location;
}) => boolean;

export interface BlockedNavigation {
  nextLocation: Location;
  /** Goes where the person was going. */
  proceed: () => void;
  /** Stays where the person is. */
  reset: () => void;
}

export interface Navigation {
  /** What react-router's <Router> is given to navigate with. */
  navigator: Navigator;
  getState: () => NavigationState;
  getBlocked: () => BlockedNavigation | null;
  subscribe: (listener: () => void) => () => void;
  /** Listens to the browser's Back and Forward; returns the way to stop. */
  listen: () => () => void;
  /** One blocker at a time: the form on screen. Returns its removal. */
  block: (shouldBlock: ShouldBlock) => () => void;
}

function toLocation(history: History, to: To): Location {
  const path = history.encodeLocation(to);
  return { ...path, state: null, key: 'pending', mask: undefined };
}

export function createNavigation(history: History): Navigation {
  let state: NavigationState = {
    action: history.action,
    location: history.location,
  };
  let blocked: BlockedNavigation | null = null;
  let shouldBlock: ShouldBlock | null = null;
  // A Back undone by the blocker comes back as a pop of its own, and a
  // proceeding one must not be asked about twice.
  let isUndoingPop = false;
  let isProceedingPop = false;
  const listeners = new Set<() => void>();

  const emit = () => listeners.forEach((listener) => listener());

  const hold = (nextLocation: Location, go: () => void) => {
    blocked = {
      nextLocation,
      proceed: () => {
        blocked = null;
        emit();
        go();
      },
      reset: () => {
        blocked = null;
        emit();
      },
    };
    emit();
  };

  const isHeld = (nextLocation: Location) =>
    shouldBlock !== null &&
    shouldBlock({ currentLocation: state.location, nextLocation });

  const navigator: Navigator = {
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    go: (delta) => history.go(delta),
    push: (to, pushState) => {
      const next = toLocation(history, to);
      if (isHeld(next)) hold(next, () => history.push(to, pushState));
      else history.push(to, pushState);
    },
    replace: (to, replaceState) => {
      const next = toLocation(history, to);
      if (isHeld(next)) hold(next, () => history.replace(to, replaceState));
      else history.replace(to, replaceState);
    },
  };

  const onChange = (update: {
    action: NavigationType;
    location: Location;
    delta: number | null;
  }) => {
    const { action, location, delta } = update;
    if (action === NavigationType.Pop) {
      if (isUndoingPop) {
        isUndoingPop = false;
        return;
      }
      // Without a delta (an entry written by another page) nothing can be
      // undone, so the pop goes through.
      if (
        !isProceedingPop &&
        delta !== null &&
        delta !== 0 &&
        isHeld(location)
      ) {
        isUndoingPop = true;
        history.go(-delta);
        hold(location, () => {
          isProceedingPop = true;
          history.go(delta);
        });
        return;
      }
      isProceedingPop = false;
    }
    state = { action, location };
    emit();
  };

  return {
    navigator,
    getState: () => state,
    getBlocked: () => blocked,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listen: () => history.listen(onChange),
    block: (next) => {
      shouldBlock = next;
      return () => {
        if (shouldBlock === next) shouldBlock = null;
        if (blocked) {
          blocked = null;
          emit();
        }
      };
    },
  };
}

/** The browser's address bar and history. */
export function createBrowserNavigation(): Navigation {
  return createNavigation(createBrowserHistory({ v5Compat: true }));
}

/** An in-memory history, for tests. */
export function createMemoryNavigation(initialEntries: string[]): Navigation {
  return createNavigation(
    createMemoryHistory({ initialEntries, v5Compat: true }) as History,
  );
}
