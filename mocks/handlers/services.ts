import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';
import { SERVICE_STATE_FILTER, type ServiceState } from '@/api/schemas';
import { now } from '@/lib/clock';

import { deleteService } from '../cascade';
import { db } from '../db';
import {
  boolFilter,
  choicesFilter,
  instantFilter,
  textFilter,
  uuidFilter,
} from '../http/filters';
import { paginate } from '../http/pagination';
import { json, noContent, notFound } from '../http/responses';
import { api, authed, listRoute, notAllowed } from '../http/routes';
import type { ServiceRecord, UserRecord } from '../records';
import { toService } from '../serializers';
import { DAY } from '../time';
import {
  assertCanManage,
  byCreated,
  visibleIdentity,
  visibleIdentityUuids,
} from './lookup';

const LIST = WALDUR_PATHS.services;
const DETAIL = `${LIST}/:uuid`;

/** Waldur filters by the state's number although it answers its name. */
const STATE_BY_NUMBER = Object.fromEntries(
  Object.entries(SERVICE_STATE_FILTER).map(([name, n]) => [String(n), name]),
) as Record<string, ServiceState>;

function visibleService(user: UserRecord, uuid: string): ServiceRecord {
  const service = db.services.find((s) => s.uuid === uuid);
  if (!service) throw notFound();
  visibleIdentity(user, service.identity);
  return service;
}

const list = listRoute(LIST, ({ request, query, origin, user }) => {
  const visible = visibleIdentityUuids(user);
  const identity = uuidFilter(query, 'identity_uuid');
  const mode = textFilter(query, 'mode');
  const states = choicesFilter(
    query,
    'state',
    Object.keys(STATE_BY_NUMBER),
  ).map((n) => STATE_BY_NUMBER[n]);
  const stale = boolFilter(query, 'stale');
  const before = instantFilter(query, 'modified_before');
  const after = instantFilter(query, 'modified_after');
  const staleBefore = now().getTime() - DAY;

  const services = db.services
    .filter((s) => visible.has(s.identity))
    .filter((s) => identity === undefined || s.identity === identity)
    .filter((s) => mode === undefined || s.mode === mode)
    .filter((s) => states.length === 0 || states.includes(s.state))
    .filter(
      (s) =>
        stale === undefined || stale === Date.parse(s.modified) < staleBefore,
    )
    .filter((s) => !before || Date.parse(s.modified) < before.getTime())
    .filter((s) => !after || Date.parse(s.modified) > after.getTime())
    .sort(byCreated);
  return paginate(request, services, (s) => toService(origin, s));
});

export const serviceHandlers = [
  ...list,
  http.get(
    api(DETAIL),
    authed(({ params, origin, user }) =>
      json(toService(origin, visibleService(user, params.uuid ?? ''))),
    ),
  ),
  http.delete(
    api(DETAIL),
    authed(({ params, user }) => {
      const service = visibleService(user, params.uuid ?? '');
      assertCanManage(user, visibleIdentity(user, service.identity));
      deleteService(service.uuid);
      return noContent();
    }),
  ),
  ...notAllowed(LIST, ['POST', 'PUT', 'PATCH', 'DELETE'], ['GET']),
  ...notAllowed(DETAIL, ['POST', 'PUT', 'PATCH'], ['GET', 'DELETE']),
];
