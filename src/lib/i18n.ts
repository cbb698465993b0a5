/**
 * Every visible string goes through `t()`. The English text is the key, as
 * in Waldur HomePort, and `{name}` placeholders are filled from `params`.
 */
type Catalogue = Record<string, string>;

let catalogue: Catalogue = {};

export function setCatalogue(next: Catalogue): void {
  catalogue = next;
}

export function t(
  text: string,
  params: Record<string, string | number> = {},
): string {
  const template = catalogue[text] ?? text;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
