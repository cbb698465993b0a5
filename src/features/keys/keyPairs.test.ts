import { describe, expect, it } from 'vitest';

import type { AccessKey } from '@/api/schemas';

import { pairRotatedKeys } from './keyPairs';

const key = (
  uuid: string,
  rotated_from: string | null = null,
  is_active = true,
): AccessKey => ({
  uuid,
  url: `https://example.org/api/keys/${uuid}/`,
  identity: 'agent',
  identity_name: 'Agent',
  project: 'project',
  project_name: 'Project',
  name: uuid,
  key_prefix: `sak_${uuid}`,
  is_active,
  expires_at: null,
  last_used_at: null,
  rotated_from,
  created: '2026-11-01T00:00:00Z',
  modified: '2026-11-01T00:00:00Z',
});

describe('pairRotatedKeys', () => {
  it('puts an active predecessor right under its successor', () => {
    const rows = pairRotatedKeys([key('a'), key('old'), key('new', 'old')]);

    expect(rows.map((row) => row.key.uuid)).toEqual(['a', 'new', 'old']);
    expect(rows[1]?.replaces?.uuid).toBe('old');
    expect(rows[2]?.replacedBy?.uuid).toBe('new');
  });

  it('keeps a revoked predecessor in its own place', () => {
    const rows = pairRotatedKeys([key('old', null, false), key('new', 'old')]);

    expect(rows.map((row) => row.key.uuid)).toEqual(['old', 'new']);
    expect(rows.every((row) => !row.replaces && !row.replacedBy)).toBe(true);
  });

  it('leaves a successor alone when its predecessor is on another page', () => {
    const rows = pairRotatedKeys([key('new', 'elsewhere')]);

    expect(rows).toEqual([
      { key: key('new', 'elsewhere'), replaces: null, replacedBy: null },
    ]);
  });

  it('shows every key of a rotation chain once', () => {
    const rows = pairRotatedKeys([key('a'), key('b', 'a'), key('c', 'b')]);

    expect(rows.map((row) => row.key.uuid)).toEqual(['b', 'a', 'c']);
  });
});
