import { AGENT_OFFERING_TYPES, type Dependency } from '@/api/schemas';

import { offeringAccess } from '../access';
import { db } from '../db';
import { normalizeUuid } from '../http/filters';
import { Form } from '../http/form';
import { forbidden } from '../http/responses';
import type { IdentityRecord, OfferingRecord, UserRecord } from '../records';
import { isoMicro } from '../time';

export type AgentFields = Partial<
  Pick<
    IdentityRecord,
    | 'name'
    | 'version'
    | 'dependencies'
    | 'config_file_path'
    | 'config_file_content'
    | 'last_restarted'
  >
>;

function pythonType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'dict';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'int' : 'float';
}

/** DRF's list-of-objects errors: `[{}, {"version": ["..."]}]`. */
function readDependencies(form: Form): Dependency[] | undefined {
  const value = form.body.dependencies;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    const type = pythonType(value);
    return form.fail(
      'dependencies',
      `Expected a list of items but got type "${type}".`,
    );
  }
  const items = value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const type = pythonType(item);
      const message = `Invalid data. Expected a dictionary, but got ${type}.`;
      return { errors: { non_field_errors: [message] }, dependency: null };
    }
    const itemForm = new Form(item as Record<string, unknown>);
    const name = itemForm.text('package', { required: true, max: 100 });
    const version = itemForm.text('version', { required: true, max: 100 });
    const dependency =
      typeof name === 'string' && typeof version === 'string'
        ? { package: name, version }
        : null;
    return { errors: itemForm.errors, dependency };
  });
  if (items.some((item) => Object.keys(item.errors).length > 0)) {
    return form.fail(
      'dependencies',
      items.map((item) => item.errors),
    );
  }
  return items.flatMap((item) => (item.dependency ? [item.dependency] : []));
}

/**
 * Waldur's slug field over every offering of an agent type, visible or not:
 * a malformed uuid is "Invalid value.", an unknown one "does not exist", and
 * an offering the user may not manage is the permission check's 403.
 */
function readOffering(form: Form): OfferingRecord | undefined {
  const value = form.text('offering', { required: true });
  if (typeof value !== 'string') return undefined;
  const uuid = normalizeUuid(value);
  if (uuid === null) return form.fail('offering', 'Invalid value.');
  const offering = db.offerings.find(
    (o) =>
      o.uuid === uuid &&
      (AGENT_OFFERING_TYPES as readonly string[]).includes(o.type),
  );
  if (!offering) {
    return form.fail('offering', `Object with uuid=${value} does not exist.`);
  }
  return offering;
}

/**
 * Validates a POST or PUT body of an agent identity. Field errors come
 * first (400); then a user who may see but not manage the offering gets 403.
 */
export function readAgentInput(
  body: Record<string, unknown>,
  user: UserRecord,
  existing?: IdentityRecord,
): { offering: OfferingRecord; fields: AgentFields } {
  const form = new Form(body);
  const offering = readOffering(form);
  if (existing && offering && offering.uuid !== existing.offering) {
    form.fail(
      'offering',
      'Offering cannot be changed after the agent identity is created.',
    );
  }
  const fields: AgentFields = {
    name: form.text('name', { required: true, max: 150 }) ?? undefined,
    version: form.text('version', { nullable: true, blank: true, max: 100 }),
    dependencies: readDependencies(form),
    config_file_path: form.text('config_file_path', {
      nullable: true,
      blank: true,
      max: 150,
    }),
    config_file_content: form.text('config_file_content', {
      nullable: true,
      blank: true,
      trim: false,
    }),
    last_restarted: undefined,
  };
  const restarted = form.instant('last_restarted');
  if (restarted) fields.last_restarted = isoMicro(restarted);
  const path = fields.config_file_path;
  if (path && !path.startsWith('/')) {
    form.fail('config_file_path', 'Enter an absolute Unix path.');
  }
  form.done();

  // After done() the offering is known; the check only narrows its type.
  if (!offering || offeringAccess(user, offering) !== 'manage') {
    throw forbidden();
  }
  return { offering, fields };
}
