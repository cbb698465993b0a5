import { db } from './db';

/*
 * Deletes with their dependants, as the database's foreign keys would:
 * an agent takes its services, processors, keys, usage, widgets and MCP
 * catalogue with it; a service its processors; a key its usage rows.
 */

export function deleteProcessor(uuid: string): void {
  db.processors = db.processors.filter((p) => p.uuid !== uuid);
}

export function deleteService(uuid: string): void {
  db.processors = db.processors.filter((p) => p.service !== uuid);
  db.services = db.services.filter((s) => s.uuid !== uuid);
}

export function deleteAccessKey(uuid: string): void {
  db.usage = db.usage.filter((u) => u.access !== uuid);
  db.accessKeys = db.accessKeys.filter((k) => k.uuid !== uuid);
}

export function deleteIdentity(uuid: string): void {
  db.services
    .filter((s) => s.identity === uuid)
    .forEach((s) => deleteService(s.uuid));
  db.accessKeys
    .filter((k) => k.identity === uuid)
    .forEach((k) => deleteAccessKey(k.uuid));
  db.widgets = db.widgets.filter((w) => w.identity !== uuid);
  db.mcp = db.mcp.filter((m) => m.identity !== uuid);
  db.identities = db.identities.filter((i) => i.uuid !== uuid);
}
