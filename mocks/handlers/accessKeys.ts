import { http } from 'msw';

import { PROVISIONAL_PATHS } from '@/api/paths';

import { deleteAccessKey } from '../cascade';
import { db } from '../db';
import {
  boolFilter,
  choicesFilter,
  textFilter,
  uuidFilter,
} from '../http/filters';
import { readBody } from '../http/form';
import { paginate } from '../http/pagination';
import { detail, json, noContent, notFound } from '../http/responses';
import { api, authed, listRoute, notAllowed } from '../http/routes';
import type { AccessKeyRecord, UserRecord } from '../records';
import { toAccessKey } from '../serializers';
import { stamp } from '../time';
import { createKey, readKeyInput, successorExpiry } from './accessKeyForm';
import {
  assertCanManage,
  visibleIdentity,
  visibleIdentityUuids,
} from './lookup';

const LIST = PROVISIONAL_PATHS.accessKeys;
const DETAIL = `${LIST}/:uuid`;

const ORDERINGS = [
  'created',
  'name',
  'expires_at',
  'last_used_at',
] as const satisfies ReadonlyArray<keyof AccessKeyRecord>;
type OrderField = (typeof ORDERINGS)[number];
const CHOICES = ORDERINGS.flatMap((f) => [f, `-${f}`]);

/** Postgres order: nulls after values going up, before them going down. */
function compareBy(ordering: string[]) {
  return (a: AccessKeyRecord, b: AccessKeyRecord): number => {
    for (const entry of ordering) {
      const field = entry.replace(/^-/, '') as OrderField;
      const sign = entry.startsWith('-') ? -1 : 1;
      const x = a[field];
      const y = b[field];
      if (x === y) continue;
      if (x === null) return sign;
      if (y === null) return -sign;
      return sign * x.localeCompare(y);
    }
    return 0;
  };
}

function visibleKey(user: UserRecord, uuid: string) {
  const key = db.accessKeys.find((k) => k.uuid === uuid);
  if (!key) throw notFound();
  return { key, identity: visibleIdentity(user, key.identity) };
}

function manageableKey(user: UserRecord, uuid: string): AccessKeyRecord {
  const { key, identity } = visibleKey(user, uuid);
  assertCanManage(user, identity);
  return key;
}

/** Newest first unless `o` says otherwise. */
const list = listRoute(LIST, ({ request, query, origin, user }) => {
  const visible = visibleIdentityUuids(user);
  const identity = uuidFilter(query, 'identity_uuid');
  const project = uuidFilter(query, 'project_uuid');
  const isActive = boolFilter(query, 'is_active');
  const name = textFilter(query, 'name')?.toLowerCase();
  const ordering = choicesFilter(query, 'o', CHOICES, true);

  const keys = db.accessKeys
    .filter((k) => visible.has(k.identity))
    .filter((k) => identity === undefined || k.identity === identity)
    .filter((k) => project === undefined || k.project === project)
    .filter((k) => isActive === undefined || k.is_active === isActive)
    .filter((k) => name === undefined || k.name.toLowerCase().includes(name))
    .sort(compareBy(ordering.length > 0 ? ordering : ['-created']));
  return paginate(request, keys, (k) => toAccessKey(origin, k));
});

const create = http.post(
  api(LIST),
  authed(async ({ request, origin, user }) => {
    const input = readKeyInput(await readBody(request), user);
    const { record, apiKey } = await createKey(input);
    return json({ ...toAccessKey(origin, record), api_key: apiKey }, 201);
  }),
);

/** Revoking twice is harmless: the second call changes nothing. */
const revoke = http.post(
  api(`${DETAIL}/revoke`),
  authed(({ params, origin, user }) => {
    const key = manageableKey(user, params.uuid ?? '');
    if (key.is_active) {
      key.is_active = false;
      key.modified = stamp();
    }
    return json(toAccessKey(origin, key));
  }),
);

/** The old key stays active, so clients can switch without downtime. */
const rotate = http.post(
  api(`${DETAIL}/rotate`),
  authed(async ({ params, origin, user }) => {
    const old = manageableKey(user, params.uuid ?? '');
    if (!old.is_active) {
      return detail(409, 'A revoked key cannot be rotated.');
    }
    const identity = visibleIdentity(user, old.identity);
    const project = db.projects.find((p) => p.uuid === old.project);
    if (!project) return notFound();
    const input = {
      identity,
      project,
      name: old.name,
      expiresAt: successorExpiry(old),
    };
    const { record, apiKey } = await createKey(input, old.uuid);
    return json({ ...toAccessKey(origin, record), api_key: apiKey }, 201);
  }),
);

const destroy = http.delete(
  api(DETAIL),
  authed(({ params, user }) => {
    const key = manageableKey(user, params.uuid ?? '');
    if (key.is_active) {
      return detail(409, 'Only revoked keys can be deleted. Revoke it first.');
    }
    deleteAccessKey(key.uuid);
    return noContent();
  }),
);

export const accessKeyHandlers = [
  ...list,
  create,
  http.get(
    api(DETAIL),
    authed(({ params, origin, user }) =>
      json(toAccessKey(origin, visibleKey(user, params.uuid ?? '').key)),
    ),
  ),
  revoke,
  rotate,
  destroy,
  ...notAllowed(LIST, ['PUT', 'PATCH', 'DELETE'], ['GET', 'POST']),
  ...notAllowed(DETAIL, ['POST', 'PUT', 'PATCH'], ['GET', 'DELETE']),
];
