import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import Container from 'react-bootstrap/Container';
import Navbar from 'react-bootstrap/Navbar';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';

import { currentUserQuery } from '@/api/queries/accountQueries';
import { getToken, subscribeToken } from '@/api/session';
import { t } from '@/lib/i18n';

import { SignInPage } from './SignInPage';

function UserName() {
  const { data } = useQuery(currentUserQuery());
  return data ? (
    <Navbar.Text className="text-light">
      {data.full_name || data.username}
    </Navbar.Text>
  ) : null;
}

export function RootLayout() {
  const location = useLocation();
  const token = useSyncExternalStore(subscribeToken, getToken, getToken);

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
      <Container fluid="lg" as="main" className="pb-5">
        <Outlet />
      </Container>
    </>
  );
}
