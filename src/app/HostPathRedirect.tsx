import { Navigate, useLocation, useParams } from 'react-router-dom';

import { routes } from '@/config/routes';

/**
 * Waldur HomePort links to `/organizations/<uuid>/…` (plural); the kit's
 * routes are singular. The rest of the path, the query and the hash carry
 * over, so a host can link into any page with its own convention.
 */
export function HostPathRedirect() {
  const location = useLocation();
  const { orgUuid = '' } = useParams();

  const prefix = `/organizations/${orgUuid}`;
  const rest = location.pathname.slice(prefix.length).replace(/^\/+/, '');
  // The kit has no organization page of its own: its agents stand in.
  const pathname = rest
    ? `/organization/${orgUuid}/${rest}`
    : routes.agents(orgUuid);

  return (
    <Navigate
      to={{ pathname, search: location.search, hash: location.hash }}
      replace
    />
  );
}
