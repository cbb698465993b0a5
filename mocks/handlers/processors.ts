import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';
import { now } from '@/lib/clock';

import { deleteProcessor } from '../cascade';
import { db } from '../db';
import {
  boolFilter,
  instantFilter,
  textFilter,
  uuidFilter,
} from '../http/filters';
import { paginate } from '../http/pagination';
import { json, noContent, notFound } from '../http/responses';
import { api, authed, listRoute, notAllowed } from '../http/routes';
import type { ProcessorRecord, UserRecord } from '../records';
import { toProcessor } from '../serializers';
import { HOUR } from '../time';
import {
  assertCanManage,
  byCreated,
  visibleIdentity,
  visibleIdentityUuids,
} from './lookup';

const LIST = WALDUR_PATHS.processors;
const DETAIL = `${LIST}/:uuid`;

function identityOf(p: ProcessorRecord): string | undefined {
  return db.services.find((s) => s.uuid === p.service)?.identity;
}

function visibleProcessor(user: UserRecord, uuid: string) {
  const processor = db.processors.find((p) => p.uuid === uuid);
  const identity = processor && identityOf(processor);
  if (!processor || !identity) throw notFound();
  return { processor, identity: visibleIdentity(user, identity) };
}

/** Stale: last ran over an hour ago. One that never ran is not (SQL NULL). */
function isStale(p: ProcessorRecord): boolean {
  return p.last_run !== null && Date.parse(p.last_run) < now().getTime() - HOUR;
}

const list = listRoute(LIST, ({ request, query, origin, user }) => {
  const visible = visibleIdentityUuids(user);
  const service = uuidFilter(query, 'service_uuid');
  const backendType = textFilter(query, 'backend_type');
  const backendVersion = textFilter(query, 'backend_version');
  const ranSince = instantFilter(query, 'last_run');
  const ranBefore = instantFilter(query, 'last_run_before');
  const stale = boolFilter(query, 'stale');
  const ran = (p: ProcessorRecord) =>
    p.last_run === null ? null : Date.parse(p.last_run);

  const processors = db.processors
    .filter((p) => visible.has(identityOf(p) ?? ''))
    .filter((p) => service === undefined || p.service === service)
    .filter((p) => backendType === undefined || p.backend_type === backendType)
    .filter(
      (p) =>
        backendVersion === undefined || p.backend_version === backendVersion,
    )
    .filter((p) => !ranSince || (ran(p) ?? -Infinity) >= ranSince.getTime())
    .filter((p) => !ranBefore || (ran(p) ?? Infinity) < ranBefore.getTime())
    .filter((p) => stale === undefined || stale === isStale(p))
    .sort(byCreated);
  return paginate(request, processors, (p) => toProcessor(origin, p));
});

export const processorHandlers = [
  ...list,
  http.get(
    api(DETAIL),
    authed(({ params, origin, user }) =>
      json(
        toProcessor(
          origin,
          visibleProcessor(user, params.uuid ?? '').processor,
        ),
      ),
    ),
  ),
  http.delete(
    api(DETAIL),
    authed(({ params, user }) => {
      const { processor, identity } = visibleProcessor(user, params.uuid ?? '');
      assertCanManage(user, identity);
      deleteProcessor(processor.uuid);
      return noContent();
    }),
  ),
  ...notAllowed(LIST, ['POST', 'PUT', 'PATCH', 'DELETE'], ['GET']),
  ...notAllowed(DETAIL, ['POST', 'PUT', 'PATCH'], ['GET', 'DELETE']),
];
