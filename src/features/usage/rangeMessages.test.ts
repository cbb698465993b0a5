import { describe, expect, it } from 'vitest';

import { checkRange } from './dateRange';
import { describeRangeProblem } from './rangeMessages';

const today = '2026-11-30';

describe('describeRangeProblem', () => {
  // Regression: an impossible date in a shared link was answered with
  // "Enter both dates" although both were given.
  it('names an impossible date as such, not as a missing one', () => {
    const problem = checkRange('2026-13-45', '2026-11-30', today);

    expect(problem).toBe('invalid-date');
    expect(describeRangeProblem(problem!, today)).toMatch(/real calendar days/);
  });
});
