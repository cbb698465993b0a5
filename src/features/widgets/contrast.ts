/**
 * WCAG 2.x contrast for the widget's primary colour. The widget draws its
 * bubble icon and header text in white or near-black, whichever contrasts
 * more with the primary colour; the preview uses the same rule.
 */
export const LIGHT_TEXT = '#ffffff';
export const DARK_TEXT = '#1a1a1a';
/** WCAG AA for normal-size text. */
export const AA_RATIO = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

function channel(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  if (!isHexColor(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((i) =>
    channel(parseInt(hex.slice(i, i + 2), 16)),
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21, whichever order. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort(
    (x, y) => y - x,
  ) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface TextOnColor {
  text: typeof LIGHT_TEXT | typeof DARK_TEXT;
  ratio: number;
  meetsAA: boolean;
}

/** The text colour the widget draws on `primary`, and how well it reads. */
export function textOn(primary: string): TextOnColor {
  const light = contrastRatio(primary, LIGHT_TEXT);
  const dark = contrastRatio(primary, DARK_TEXT);
  return light >= dark
    ? { text: LIGHT_TEXT, ratio: light, meetsAA: light >= AA_RATIO }
    : { text: DARK_TEXT, ratio: dark, meetsAA: dark >= AA_RATIO };
}

/** Rounded down, so a ratio just under 4.5 never shows as "4.50". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
