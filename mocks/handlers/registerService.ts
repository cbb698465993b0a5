import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';

import { db } from '../db';
import { Form, readBody } from '../http/form';
import { json } from '../http/responses';
import { api, authed } from '../http/routes';
import { uuid } from '../random';
import { toService } from '../serializers';
import { stamp } from '../time';
import { manageableIdentity } from './lookup';

/**
 * What a starting agent calls for each of its loops: the service is created
 * (201) or found by name (200), and marked Active either way.
 */
export const registerServiceHandler = http.post(
  api(`${WALDUR_PATHS.agents}/:uuid/register_service`),
  authed(async ({ request, params, origin, user }) => {
    const identity = manageableIdentity(user, params.uuid ?? '');
    const form = new Form(await readBody(request));
    const name = form.text('name', { required: true, max: 150 });
    const mode = form.text('mode', { nullable: true, blank: true, max: 100 });
    form.done();

    const at = stamp();
    const existing = db.services.find(
      (s) => s.identity === identity.uuid && s.name === name,
    );
    if (existing) {
      if (mode !== undefined) existing.mode = mode;
      existing.state = 'Active';
      existing.modified = at;
      return json(toService(origin, existing));
    }
    const service = {
      uuid: uuid(db.rng),
      identity: identity.uuid,
      name: name ?? '',
      mode: mode ?? null,
      state: 'Active' as const,
      statistics: {},
      created: at,
      modified: at,
    };
    db.services.push(service);
    return json(toService(origin, service), 201);
  }),
);
