import { describe, expect, it } from 'vitest';

import {
  contrastRatio,
  formatRatio,
  relativeLuminance,
  textOn,
} from './contrast';

describe('contrast', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#0d6efd', '#ffffff', 4.5],
    ['#abcdef', '#abcdef', 1],
  ])('gives %s on %s a ratio of about %s', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  it('computes the luminance of white, black and mid grey', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('picks the text colour that contrasts more', () => {
    expect(textOn('#0d6efd')).toMatchObject({ text: '#ffffff', meetsAA: true });
    expect(textOn('#ffd54f')).toMatchObject({ text: '#1a1a1a', meetsAA: true });
  });

  it('warns on a mid-tone where neither text colour reaches 4.5', () => {
    const result = textOn('#808080');
    expect(result.meetsAA).toBe(false);
    expect(result.ratio).toBeLessThan(4.5);
  });

  it('rounds the shown ratio down', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('refuses anything but #rrggbb', () => {
    expect(() => relativeLuminance('red')).toThrow();
    expect(() => relativeLuminance('#fff')).toThrow();
  });
});
