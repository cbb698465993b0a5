import type { AccessKey } from '@/api/schemas';

export interface KeyRowModel {
  key: AccessKey;
  /** The still-active key this one replaced, shown right under it. */
  replaces: AccessKey | null;
  /** The successor of this key, when both are shown as a pair. */
  replacedBy: AccessKey | null;
}

/**
 * Orders a page for display: a rotated key is followed at once by the
 * active key it replaced, so the pair reads together while the old key
 * still works. Everything else keeps the server's order.
 */
export function pairRotatedKeys(items: AccessKey[]): KeyRowModel[] {
  const byUuid = new Map(items.map((key) => [key.uuid, key]));
  // A key sits in one pair at most, so a chain A→B→C never hides one.
  const predecessorOf = new Map<string, AccessKey>();
  const paired = new Set<string>();
  for (const key of items) {
    const old = key.rotated_from ? byUuid.get(key.rotated_from) : undefined;
    if (!old?.is_active || paired.has(old.uuid) || paired.has(key.uuid)) {
      continue;
    }
    predecessorOf.set(key.uuid, old);
    paired.add(old.uuid).add(key.uuid);
  }

  const rows: KeyRowModel[] = [];
  for (const key of items) {
    const replaces = predecessorOf.get(key.uuid) ?? null;
    if (paired.has(key.uuid) && !replaces) continue;
    rows.push({ key, replaces, replacedBy: null });
    if (replaces) rows.push({ key: replaces, replaces: null, replacedBy: key });
  }
  return rows;
}
