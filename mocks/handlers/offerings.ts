import { WALDUR_PATHS } from '@/api/paths';

import { offeringAccess } from '../access';
import { db } from '../db';
import { uuidFilter } from '../http/filters';
import { paginate } from '../http/pagination';
import { listRoute } from '../http/routes';
import { toOffering } from '../serializers';

/**
 * Offerings of the providers the user belongs to (staff and support: all).
 * `customer_uuid` narrows to one provider; `type` is repeatable.
 */
export const offeringHandlers = [
  ...listRoute(
    WALDUR_PATHS.providerOfferings,
    ({ request, query, origin, user }) => {
      const customer = uuidFilter(query, 'customer_uuid');
      const types = query.getAll('type').filter((t) => t !== '');
      const offerings = db.offerings
        .filter((o) => offeringAccess(user, o) !== 'none')
        .filter((o) => customer === undefined || o.customer === customer)
        .filter((o) => types.length === 0 || types.includes(o.type))
        .sort((a, b) => a.created.localeCompare(b.created));
      return paginate(request, offerings, (o) => toOffering(origin, o));
    },
  ),
];
