import { now } from '@/lib/clock';

import { issueKey } from '../apiKeys';
import { identityAccess } from '../access';
import { db } from '../db';
import { normalizeUuid } from '../http/filters';
import { Form } from '../http/form';
import { forbidden } from '../http/responses';
import { uuid } from '../random';
import type {
  AccessKeyRecord,
  IdentityRecord,
  ProjectRecord,
  UserRecord,
} from '../records';
import { isoMicro, stamp } from '../time';

export interface KeyInput {
  identity: IdentityRecord;
  project: ProjectRecord;
  name: string;
  expiresAt: string | null;
}

function customerOf(identity: IdentityRecord): string | undefined {
  return db.offerings.find((o) => o.uuid === identity.offering)?.customer;
}

function lookup<T extends { uuid: string }>(
  form: Form,
  field: string,
  items: T[],
): T | undefined {
  const value = form.text(field, { required: true });
  if (typeof value !== 'string') return undefined;
  const found = items.find((item) => item.uuid === normalizeUuid(value));
  return found ?? form.fail(field, `Object with uuid=${value} does not exist.`);
}

/**
 * Validates a new key's body: the project must belong to the agent's
 * organization and an expiry must lie ahead. Field errors (400) come before
 * the permission check (403), as for agents.
 */
export function readKeyInput(
  body: Record<string, unknown>,
  user: UserRecord,
): KeyInput {
  const form = new Form(body);
  const identity = lookup(
    form,
    'identity',
    db.identities.filter((i) => identityAccess(user, i) !== 'none'),
  );
  const project = lookup(form, 'project', db.projects);
  if (identity && project && project.customer !== customerOf(identity)) {
    form.fail(
      'project',
      'The project must belong to the organization of the agent.',
    );
  }
  const name = form.text('name', { required: true, max: 150 });
  const expires = form.instant('expires_at', true);
  if (expires && expires.getTime() <= now().getTime()) {
    form.fail('expires_at', 'The expiry must be in the future.');
  }
  form.done();

  // After done() all fields are known; the check only narrows their types.
  if (!identity || !project || typeof name !== 'string') throw forbidden();
  if (identityAccess(user, identity) !== 'manage') throw forbidden();
  return {
    identity,
    project,
    name,
    expiresAt: expires ? isoMicro(expires) : null,
  };
}

/** Stores a new key; its plaintext is returned once and never kept. */
export async function createKey(
  input: KeyInput,
  rotatedFrom: string | null = null,
): Promise<{ record: AccessKeyRecord; apiKey: string }> {
  const issued = await issueKey();
  const created = stamp();
  const record: AccessKeyRecord = {
    uuid: uuid(db.rng),
    identity: input.identity.uuid,
    project: input.project.uuid,
    name: input.name,
    key_prefix: issued.keyPrefix,
    key_hash: issued.keyHash,
    is_active: true,
    expires_at: input.expiresAt,
    last_used_at: null,
    rotated_from: rotatedFrom,
    created,
    modified: created,
  };
  db.accessKeys.push(record);
  return { record, apiKey: issued.plaintext };
}

/**
 * The successor's expiry keeps the old key's lifetime, counted from now: a
 * 90-day key is replaced by a 90-day key; a key without expiry by another.
 */
export function successorExpiry(old: AccessKeyRecord): string | null {
  if (old.expires_at === null) return null;
  const lifetime = Date.parse(old.expires_at) - Date.parse(old.created);
  return isoMicro(new Date(now().getTime() + Math.max(lifetime, 0)));
}
