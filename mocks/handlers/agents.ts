import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';

import { deleteIdentity } from '../cascade';
import { db } from '../db';
import {
  boolFilter,
  instantFilter,
  textFilter,
  uuidFilter,
} from '../http/filters';
import { readBody } from '../http/form';
import { paginate } from '../http/pagination';
import { json, noContent } from '../http/responses';
import { api, authed, listRoute, notAllowed } from '../http/routes';
import { uuid } from '../random';
import type { IdentityRecord } from '../records';
import { toAgent } from '../serializers';
import { stamp } from '../time';
import { readAgentInput } from './agentForm';
import {
  byCreated,
  manageableIdentity,
  visibleIdentity,
  visibleIdentityUuids,
} from './lookup';
import { registerServiceHandler } from './registerService';

const LIST = WALDUR_PATHS.agents;
const DETAIL = `${LIST}/:uuid`;

const list = listRoute(LIST, ({ request, query, origin, user }) => {
  const visible = visibleIdentityUuids(user);
  const name = textFilter(query, 'name');
  const offering = uuidFilter(query, 'offering_uuid');
  const version = textFilter(query, 'version');
  const restartedSince = instantFilter(query, 'last_restarted');
  const orphaned = boolFilter(query, 'orphaned');
  const withServices = new Set(db.services.map((s) => s.identity));

  const identities = db.identities
    .filter((i) => visible.has(i.uuid))
    .filter((i) => name === undefined || i.name === name)
    .filter((i) => offering === undefined || i.offering === offering)
    .filter((i) => version === undefined || i.version === version)
    .filter(
      (i) =>
        restartedSince === undefined ||
        Date.parse(i.last_restarted) >= restartedSince.getTime(),
    )
    .filter(
      (i) => orphaned === undefined || orphaned !== withServices.has(i.uuid),
    )
    .sort(byCreated);
  return paginate(request, identities, (i) => toAgent(origin, i));
});

const create = http.post(
  api(LIST),
  authed(async ({ request, origin, user }) => {
    const { offering, fields } = readAgentInput(await readBody(request), user);
    const created = stamp();
    const identity: IdentityRecord = {
      uuid: uuid(db.rng),
      offering: offering.uuid,
      created_by: user.uuid,
      name: fields.name ?? '',
      version: fields.version ?? null,
      dependencies: fields.dependencies ?? [],
      config_file_path: fields.config_file_path ?? null,
      config_file_content: fields.config_file_content ?? null,
      last_restarted: fields.last_restarted ?? created,
      created,
      modified: created,
    };
    db.identities.push(identity);
    return json(toAgent(origin, identity), 201);
  }),
);

const retrieve = http.get(
  api(DETAIL),
  authed(({ params, origin, user }) =>
    json(toAgent(origin, visibleIdentity(user, params.uuid ?? ''))),
  ),
);

/** A full replacement: fields left out of the body keep their values. */
const update = http.put(
  api(DETAIL),
  authed(async ({ request, params, origin, user }) => {
    const identity = visibleIdentity(user, params.uuid ?? '');
    const body = await readBody(request);
    const { fields } = readAgentInput(body, user, identity);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(identity, { [key]: value });
    }
    identity.modified = stamp();
    return json(toAgent(origin, identity));
  }),
);

const destroy = http.delete(
  api(DETAIL),
  authed(({ params, user }) => {
    deleteIdentity(manageableIdentity(user, params.uuid ?? '').uuid);
    return noContent();
  }),
);

export const agentHandlers = [
  ...list,
  create,
  retrieve,
  update,
  destroy,
  registerServiceHandler,
  ...notAllowed(LIST, ['PUT', 'PATCH', 'DELETE'], ['GET', 'POST']),
  ...notAllowed(DETAIL, ['POST', 'PATCH'], ['GET', 'PUT', 'DELETE']),
];
