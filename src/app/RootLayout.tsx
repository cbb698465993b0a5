import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';

import { currentUserQuery } from '@/api/queries/accountQueries';
import { getToken, subscribeToken } from '@/api/session';
import { applyUserLanguage } from '@/i18n/language';
import { LoadingState } from '@/components/LoadingState';
import { getLocale, subscribeLanguage, t } from '@/lib/i18n';

import { RouteErrorBoundary } from './RouteError';

// Most visits arrive signed in: the sign-in form loads only when needed.
const SignInPage = lazy(async () => ({
  default: (await import('./SignInPage')).SignInPage,
}));

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
  const locale = useSyncExternalStore(subscribeLanguage, getLocale, getLocale);

  // Trailing slashes are canonical, as on Waldur.
  if (!location.pathname.endsWith('/')) {
    return (
      <Navigate
        to={{ ...location, pathname: `${location.pathname}/` }}
        replace
      />
    );
  }
  if (!token) {
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
      <nav className="navbar navbar-expand bg-dark mb-3" data-bs-theme="dark">
        <div className="container-lg">
          <Link className="navbar-brand" to="/">
            {t('Agent Site Kit')}
          </Link>
          <UserName />
        </div>
      </nav>
      {/* A new language renders the page afresh, in its words. */}
      <main key={locale} className="container-lg pb-5">
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </>
  );
}
