import { describe, expect, it } from 'vitest';

import type { AgentInput } from '@/api/schemas';

import { summarizeChanges } from './changeSummary';

const BASE: AgentInput = {
  offering: 'o1',
  name: 'agent-1',
  version: '0.7.3',
  dependencies: [
    { package: 'waldur-site-agent', version: '0.7.3' },
    { package: 'pyyaml', version: '6.0.2' },
  ],
  config_file_path: '/etc/agent.yaml',
  config_file_content: 'a: 1\nb: 2\n',
};

describe('summarizeChanges', () => {
  it('finds nothing when nothing changed', () => {
    expect(summarizeChanges(BASE, { ...BASE })).toEqual([]);
  });

  it('shows old and new of short fields, with empty ones named', () => {
    const changes = summarizeChanges(BASE, {
      ...BASE,
      name: 'agent-2',
      version: null,
    });

    expect(changes).toEqual([
      { field: 'name', label: 'Name', before: 'agent-1', after: 'agent-2' },
      {
        field: 'version',
        label: 'Version',
        before: '0.7.3',
        after: '(empty)',
      },
    ]);
  });

  it('summarizes dependencies as added, removed and changed rows', () => {
    const [change] = summarizeChanges(BASE, {
      ...BASE,
      dependencies: [
        { package: 'waldur-site-agent', version: '0.8.0' },
        { package: 'requests', version: '2.32.3' },
      ],
    });

    expect(change?.details).toEqual([
      'waldur-site-agent: 0.7.3 → 0.8.0',
      'added requests 2.32.3',
      'removed pyyaml 6.0.2',
    ]);
  });

  it('says when only the order of dependencies changed', () => {
    const [change] = summarizeChanges(BASE, {
      ...BASE,
      dependencies: [...BASE.dependencies].reverse(),
    });

    expect(change?.details).toEqual(['order changed']);
  });

  it('counts lines of long content instead of showing it', () => {
    const [changed] = summarizeChanges(BASE, {
      ...BASE,
      config_file_content: 'a: 1\nb: 3\nc: 4\n',
    });
    const [removed] = summarizeChanges(BASE, {
      ...BASE,
      config_file_content: null,
    });

    expect(changed?.details).toEqual(['changed (3 lines)']);
    expect(removed?.details).toEqual(['removed']);
  });
});
