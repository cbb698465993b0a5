import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import Container from 'react-bootstrap/Container';
import Navbar from 'react-bootstrap/Navbar';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';

import { currentUserQuery } from '@/api/queries/accountQueries';
import { getToken, subscribeToken } from '@/api/session';
import { applyUserLanguage } from '@/i18n/language';
import { getLocale, subscribeLanguage, t } from '@/lib/i18n';

import { SignInPage } from './SignInPage';

function UserName() {
  const { data } = useQuery(currentUserQuery());
  const preferred = data?.preferred_language;

  // The account's language applies once known, unless a host chose one.
  useEffect(() => {
    if (data) void applyUserLanguage(preferred);
  }, [data, preferred]);

  return data ? (
    <Navbar.Text className="text-light">
      {data.full_name || data.username}
    </Navbar.Text>
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
  if (!token) return <SignInPage />;

  return (
    <>
      <Navbar bg="dark" data-bs-theme="dark" className="mb-3">
        <Container fluid="lg">
          <Navbar.Brand as={Link} to="/">
            {t('Agent Site Kit')}
          </Navbar.Brand>
          <UserName />
        </Container>
      </Navbar>
      {/* A new language renders the page afresh, in its words. */}
      <Container key={locale} fluid="lg" as="main" className="pb-5">
        <Outlet />
      </Container>
    </>
  );
}
