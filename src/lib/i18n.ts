/**
 * Every visible string goes through `t()`. The English text is the key, as
 * in Waldur HomePort, and `{name}` placeholders are filled from `params`.
 */
type Catalogue = Record<string, string>;

let catalogue: Catalogue = {};
let locale = 'en';
const listeners = new Set<() => void>();

export function setCatalogue(next: Catalogue): void {
  catalogue = next;
}

/** Numbers in `params` are written the language's way, e.g. 1,234 or 1.234. */
export function t(
  text: string,
  params: Record<string, string | number> = {},
): string {
  const template = catalogue[text] ?? text;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat().format(value) : value;
  });
}

const numberFormat = localized((tag) => new Intl.NumberFormat(tag));

/** The language tag dates and numbers are formatted for, e.g. `en`, `de`. */
export function getLocale(): string {
  return locale;
}

/** Switches language: the catalogue first, then everyone who listens. */
export function setLanguage(tag: string, next: Catalogue): void {
  catalogue = next;
  locale = tag;
  listeners.forEach((listener) => listener());
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A formatter made once per language: `localized((l) => new
 * Intl.NumberFormat(l))()` follows a language switch.
 */
export function localized<T>(create: (locale: string) => T): () => T {
  let made: { locale: string; value: T } | null = null;
  return () => {
    if (made?.locale !== locale) made = { locale, value: create(locale) };
    return made.value;
  };
}
