import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';

import { canSeeCustomer } from '../access';
import { db } from '../db';
import { json, notFound } from '../http/responses';
import { api, authed } from '../http/routes';
import { toCustomer } from '../serializers';

/** An organization, for those with any role in it (and staff, support). */
export const customerHandlers = [
  http.get(
    api(`${WALDUR_PATHS.customers}/:uuid`),
    authed(({ params, origin, user }) => {
      const customer = db.customers.find((c) => c.uuid === params.uuid);
      if (!customer || !canSeeCustomer(user, customer.uuid)) return notFound();
      return json(toCustomer(origin, customer));
    }),
  ),
];
