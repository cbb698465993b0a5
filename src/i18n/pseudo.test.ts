import { expect, it } from 'vitest';

import { pseudoLocalize } from './pseudo';

it('accents the letters and brackets the text', () => {
  expect(pseudoLocalize('Save')).toBe('[Šàṽé]');
});

it('keeps placeholders as they are', () => {
  const text = pseudoLocalize('Delete {name}? It has {count} keys.');

  expect(text).toContain('{name}');
  expect(text).toContain('{count}');
  expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[a-z]/i);
});

it('grows the text by about a third', () => {
  const english = 'Keys of this agent, with their usage in the period.';

  const ratio = pseudoLocalize(english).length / english.length;

  expect(ratio).toBeGreaterThan(1.3);
  expect(ratio).toBeLessThan(1.4);
});
