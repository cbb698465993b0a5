import { useQuery } from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';

import { currentUserQuery } from '@/api/queries/accountQueries';
import {
  getSignInState,
  getToken,
  subscribeToken,
  type SignInState,
} from '@/api/session';
import { applyUserLanguage } from '@/i18n/language';
import { LoadingState } from '@/components/LoadingState';
import { getLocale, subscribeLanguage, t } from '@/lib/i18n';

import { RouteErrorBoundary } from './RouteError';

// Most visits arrive signed in: the sign-in form loads only when needed.
const SignInPage = lazy(async () => ({
  default: (await import('./SignInPage')).SignInPage,
}));
const SessionEndedDialog = lazy(async () => ({
  default: (await import('./SignInPage')).SessionEndedDialog,
}));

/*
 * `none`: no page yet, the full sign-in shows without a token. `shown`: a
 * page is on screen. `kept`: a session ended over it, so it stays mounted,
 * with whatever was typed, under the sign-in dialog, and keeps doing so
 * through any further sign-in attempts.
 */
type PageMode = 'none' | 'shown' | 'kept';

function nextMode(mode: PageMode, hasToken: boolean, state: SignInState) {
  if (hasToken) return mode === 'none' ? 'shown' : mode;
  if (mode === 'none') return mode;
  if (state.reason === 'expired') return 'kept';
  // A token typed on the full sign-in and refused left nothing to keep; a
  // sign-out (no reason) shows the full sign-in.
  return state.reason === 'rejected' && mode === 'kept' ? 'kept' : 'none';
}

interface PageState {
  mode: PageMode;
  isDialogShown: boolean;
  /** Where focus was as the session ended, to go back to after sign-in. */
  returnFocus: Element | null;
}

function useKeptPage(token: string | null, state: SignInState) {
  const [page, setPage] = useState<PageState>({
    mode: token ? 'shown' : 'none',
    isDialogShown: false,
    returnFocus: null,
  });
  const mode = nextMode(page.mode, token !== null, state);
  const isDialogShown = mode === 'kept' && (token === null || state.isChecking);
  if (mode !== page.mode || isDialogShown !== page.isDialogShown) {
    setPage({
      mode,
      isDialogShown,
      // Read before this render makes the page inert, which moves the
      // browser's focus out of it.
      returnFocus:
        isDialogShown && !page.isDialogShown
          ? document.activeElement
          : page.returnFocus,
    });
  }
  return {
    isPageShown: mode !== 'none',
    isDialogShown,
    returnFocus: page.returnFocus,
  };
}

/**
 * Counts the people signed in on this page. A session that ended keeps its
 * page for whoever signs in next; when that is someone else, the page is
 * made afresh, so that nothing of the first person's (a form, a new key's
 * secret) is shown to them.
 */
function usePersonGeneration(token: string | null): number {
  const { data } = useQuery({
    ...currentUserQuery(),
    enabled: token !== null,
  });
  const [person, setPerson] = useState({ uuid: '', generation: 0 });
  const uuid = data?.uuid;
  if (uuid && uuid !== person.uuid) {
    setPerson({
      uuid,
      generation: person.uuid ? person.generation + 1 : person.generation,
    });
  }
  return person.generation;
}

function UserName() {
  const { data } = useQuery(currentUserQuery());
  const preferred = data?.preferred_language;

  // The account's language applies once known, unless a host chose one.
  useEffect(() => {
    if (data) void applyUserLanguage(preferred);
  }, [data, preferred]);

  return data ? (
    <span className="navbar-text text-light">
      {data.full_name || data.username}
    </span>
  ) : null;
}

export function RootLayout() {
  const location = useLocation();
  const token = useSyncExternalStore(subscribeToken, getToken, getToken);
  const signIn = useSyncExternalStore(
    subscribeToken,
    getSignInState,
    getSignInState,
  );
  const { isPageShown, isDialogShown, returnFocus } = useKeptPage(
    token,
    signIn,
  );
  const locale = useSyncExternalStore(subscribeLanguage, getLocale, getLocale);
  const generation = usePersonGeneration(token);

  // Trailing slashes are canonical, as on Waldur.
  if (!location.pathname.endsWith('/')) {
    return (
      <Navigate
        to={{ ...location, pathname: `${location.pathname}/` }}
        replace
      />
    );
  }
  if (!isPageShown) {
    return (
      <Suspense fallback={<LoadingState />}>
        <SignInPage />
      </Suspense>
    );
  }

  /*
   * Bootstrap's own markup rather than react-bootstrap's Navbar, whose
   * collapse machinery this bar never uses and which would weigh on every
   * first load.
   */
  return (
    <>
      <nav
        inert={isDialogShown}
        className="navbar navbar-expand bg-dark mb-3"
        data-bs-theme="dark"
      >
        <div className="container-lg">
          <Link className="navbar-brand" to="/">
            {t('Agent Site Kit')}
          </Link>
          <UserName />
        </div>
      </nav>
      {/* A new language, or another person, renders the page afresh. */}
      <main
        key={`${locale}:${generation}`}
        inert={isDialogShown}
        className="container-lg pb-5"
      >
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      {isDialogShown && (
        <Suspense fallback={null}>
          <SessionEndedDialog state={signIn} returnFocus={returnFocus} />
        </Suspense>
      )}
    </>
  );
}
