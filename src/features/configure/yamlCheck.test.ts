import { describe, expect, it } from 'vitest';

import { checkYaml, lineRange } from './yamlCheck';

const VALID = [
  'timezone: "UTC"',
  'offerings:',
  '  - name: "HPC"',
  '    backend_type: "slurm"',
].join('\n');

describe('checkYaml', () => {
  it('accepts valid YAML and empty text', () => {
    expect(checkYaml(VALID)).toBeNull();
    expect(checkYaml('')).toBeNull();
    expect(checkYaml('   \n')).toBeNull();
  });

  it('accepts several documents', () => {
    expect(checkYaml('a: 1\n---\nb: 2\n')).toBeNull();
  });

  it('points at the line of a tab used as indentation', () => {
    const text = [1, 2, 3, 4, 5, 6]
      .map((n) => `key${n}: ${n}`)
      .concat('\tbad: x')
      .join('\n');

    expect(checkYaml(text)).toEqual({
      line: 7,
      column: 1,
      reason: 'Tabs are not allowed as indentation',
    });
  });

  it('points at a duplicate key', () => {
    expect(checkYaml('a: 1\nb: 2\na: 3\n')?.line).toBe(3);
  });
});

describe('lineRange', () => {
  it('gives the offsets of a line', () => {
    expect(lineRange('ab\ncde\nf', 2)).toEqual({ start: 3, end: 6 });
    expect(lineRange('ab\ncde\nf', 9)).toEqual({ start: 7, end: 8 });
  });
});
