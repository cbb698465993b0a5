import { WALDUR_PATHS } from '@/api/paths';

import { canSeeProject } from '../access';
import { db } from '../db';
import { textFilter, uuidFilter } from '../http/filters';
import { paginate } from '../http/pagination';
import { listRoute } from '../http/routes';
import { toProject } from '../serializers';

/**
 * Projects the user can see. `customer` takes the organization's uuid;
 * `name` is a case-insensitive contains. Waldur orders by creation.
 */
export const projectHandlers = [
  ...listRoute(WALDUR_PATHS.projects, ({ request, query, origin, user }) => {
    const customer = uuidFilter(query, 'customer');
    const name = textFilter(query, 'name')?.toLowerCase();
    const projects = db.projects
      .filter((p) => canSeeProject(user, p.uuid))
      .filter((p) => customer === undefined || p.customer === customer)
      .filter((p) => name === undefined || p.name.toLowerCase().includes(name))
      .sort((a, b) => a.created.localeCompare(b.created));
    return paginate(request, projects, (p) => toProject(origin, p));
  }),
];
