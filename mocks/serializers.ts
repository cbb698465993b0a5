import type {
  AccessKey,
  Agent,
  Customer,
  NestedProcessor,
  NestedService,
  Offering,
  Processor,
  Project,
  Service,
  UsageRecord,
  Widget,
} from '@/api/schemas';
import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';

import { db } from './db';
import type {
  AccessKeyRecord,
  CustomerRecord,
  IdentityRecord,
  OfferingRecord,
  ProcessorRecord,
  ProjectRecord,
  ServiceRecord,
  UsageRecordRow,
  WidgetRecord,
} from './records';

/** `<origin>/api/<collection>/<uuid>/`, Waldur's absolute object link. */
export function objectUrl(origin: string, collection: string, uuid: string) {
  return `${origin}/api/${collection}/${uuid}/`;
}

const nameOf = (items: Array<{ uuid: string; name: string }>, uuid: string) =>
  items.find((item) => item.uuid === uuid)?.name ?? '';

export function toCustomer(origin: string, c: CustomerRecord): Customer {
  const projects = db.projects.filter((p) => p.customer === c.uuid);
  const members = new Set(
    db.permissions
      .filter(
        (p) =>
          p.scope_uuid === c.uuid ||
          projects.some((project) => project.uuid === p.scope_uuid),
      )
      .map((p) => p.user),
  );
  return {
    uuid: c.uuid,
    url: objectUrl(origin, WALDUR_PATHS.customers, c.uuid),
    name: c.name,
    abbreviation: c.abbreviation,
    display_name: c.name,
    created: c.created,
    projects_count: projects.length,
    users_count: members.size,
    is_service_provider: db.offerings.some((o) => o.customer === c.uuid),
    blocked: c.blocked,
    archived: c.archived,
  };
}

export function toProject(origin: string, p: ProjectRecord): Project {
  return {
    uuid: p.uuid,
    url: objectUrl(origin, WALDUR_PATHS.projects, p.uuid),
    name: p.name,
    customer: objectUrl(origin, WALDUR_PATHS.customers, p.customer),
    customer_uuid: p.customer,
    customer_name: nameOf(db.customers, p.customer),
    description: p.description,
    created: p.created,
    end_date: p.end_date,
  };
}

export function toOffering(origin: string, o: OfferingRecord): Offering {
  return {
    uuid: o.uuid,
    url: objectUrl(origin, WALDUR_PATHS.providerOfferings, o.uuid),
    name: o.name,
    type: o.type,
    state: o.state,
    customer_uuid: o.customer,
    customer_name: nameOf(db.customers, o.customer),
    created: o.created,
  };
}

export function toNestedProcessor(
  origin: string,
  p: ProcessorRecord,
): NestedProcessor {
  const { service: _service, ...fields } = p;
  return {
    ...fields,
    url: objectUrl(origin, WALDUR_PATHS.processors, p.uuid),
  };
}

export function toProcessor(origin: string, p: ProcessorRecord): Processor {
  return {
    ...toNestedProcessor(origin, p),
    service: p.service,
    service_name: nameOf(db.services, p.service),
  };
}

export function toNestedService(
  origin: string,
  s: ServiceRecord,
): NestedService {
  const { identity: _identity, ...fields } = s;
  return { ...fields, url: objectUrl(origin, WALDUR_PATHS.services, s.uuid) };
}

export function toService(origin: string, s: ServiceRecord): Service {
  return {
    ...toNestedService(origin, s),
    identity: s.identity,
    identity_name: nameOf(db.identities, s.identity),
    processors: db.processors
      .filter((p) => p.service === s.uuid)
      .map((p) => toNestedProcessor(origin, p)),
  };
}

export function toAgent(origin: string, i: IdentityRecord): Agent {
  return {
    ...i,
    url: objectUrl(origin, WALDUR_PATHS.agents, i.uuid),
    services: db.services
      .filter((s) => s.identity === i.uuid)
      .map((s) => toNestedService(origin, s)),
  };
}

/** A key as the API shows it: the hash never leaves the database. */
export function toAccessKey(origin: string, k: AccessKeyRecord): AccessKey {
  const { key_hash: _hash, ...fields } = k;
  return {
    ...fields,
    url: objectUrl(origin, PROVISIONAL_PATHS.accessKeys, k.uuid),
    identity_name: nameOf(db.identities, k.identity),
    project_name: nameOf(db.projects, k.project),
  };
}

export function toUsage(u: UsageRecordRow): UsageRecord {
  const key = db.accessKeys.find((k) => k.uuid === u.access);
  return {
    ...u,
    access_name: key?.name ?? '',
    key_prefix: key?.key_prefix ?? '',
    identity: key?.identity ?? '',
  };
}

export function toWidget(origin: string, w: WidgetRecord): Widget {
  return { ...w, url: objectUrl(origin, PROVISIONAL_PATHS.widgets, w.uuid) };
}
