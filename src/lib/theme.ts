/**
 * Bootstrap 5.3 colour modes: `data-bs-theme` on an element styles all of
 * it. 'auto' follows the system preference, live.
 */
export type ThemePreference = 'light' | 'dark' | 'auto';

const listeners = new Set<() => void>();
let version = 0;

function systemQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function'
    ? matchMedia('(prefers-color-scheme: dark)')
    : null;
}

/**
 * Sets the colour mode of `element` (the document, or a host's mount
 * element). Returns a function that restores the attribute and drops the
 * listener.
 */
export function applyTheme(
  element: HTMLElement,
  preference: ThemePreference = 'auto',
): () => void {
  const previous = element.getAttribute('data-bs-theme');
  const query = preference === 'auto' ? systemQuery() : null;
  const update = () => {
    const isDark = preference === 'dark' || Boolean(query?.matches);
    element.setAttribute('data-bs-theme', isDark ? 'dark' : 'light');
    version += 1;
    listeners.forEach((listener) => listener());
  };

  update();
  query?.addEventListener('change', update);

  return () => {
    query?.removeEventListener('change', update);
    if (previous === null) element.removeAttribute('data-bs-theme');
    else element.setAttribute('data-bs-theme', previous);
  };
}

/**
 * For what cannot follow CSS by itself (canvas charts): a number that
 * changes whenever a colour mode is applied, for `useSyncExternalStore`.
 */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getThemeVersion(): number {
  return version;
}
