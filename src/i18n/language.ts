import { getLocale, setLanguage, subscribeLanguage } from '@/lib/i18n';

import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo';

/*
 * Which language the kit speaks. A host's `language` option (or, in mock
 * mode, `?lang=`) wins; otherwise the user's `preferred_language` from
 * Waldur; otherwise English. Dates and numbers follow the same tag even
 * while the kit ships no translation for it, so a host's German user sees
 * German dates in the English text until the German catalogue lands.
 */
type Catalogue = Record<string, string>;

// One chunk per catalogue, loaded only when its language is chosen.
const CATALOGUES = import.meta.glob<Catalogue>('./catalogue.*.json', {
  import: 'default',
});
const STORAGE_KEY = 'site-kit:lang';

let chosen: string | null = null;
let ticket = 0;

function canonical(tag: string | null | undefined): string | null {
  try {
    return tag ? (Intl.getCanonicalLocales(tag.trim())[0] ?? null) : null;
  } catch {
    return null;
  }
}

async function catalogueFor(tag: string): Promise<Catalogue> {
  const english = CATALOGUES['./catalogue.en.json'];
  if (tag === PSEUDO_LOCALE) {
    return english ? pseudoCatalogue(Object.keys(await english())) : {};
  }
  const base = tag.split('-')[0];
  if (base === 'en') return {};
  const load =
    CATALOGUES[`./catalogue.${tag}.json`] ??
    CATALOGUES[`./catalogue.${base}.json`];
  return load ? load() : {};
}

async function load(tag: string): Promise<void> {
  ticket += 1;
  const mine = ticket;
  if (tag === getLocale()) return;
  const catalogue = await catalogueFor(tag);
  // A later choice wins over one whose catalogue arrived late.
  if (mine === ticket) setLanguage(tag, catalogue);
}

/** A host's (or mock mode's) language; null lets the user's apply. */
export function chooseLanguage(tag: string | null | undefined): Promise<void> {
  chosen = canonical(tag);
  return load(chosen ?? 'en');
}

/** The signed-in user's `preferred_language`, unless a host chose. */
export function applyUserLanguage(tag: string | null | undefined) {
  return chosen ? Promise.resolve() : load(canonical(tag) ?? 'en');
}

/** Back to English, as before any choice (a host unmounting the kit). */
export function resetLanguage(): void {
  chosen = null;
  ticket += 1;
  setLanguage('en', {});
}

/**
 * Mock mode's `?lang=en-XA`, kept for the tab so that it survives
 * navigation; `?lang=` (empty) forgets it.
 */
export function languageFromUrl(): string | null {
  const param = new URLSearchParams(location.search).get('lang');
  try {
    if (param) sessionStorage.setItem(STORAGE_KEY, param);
    else if (param === '') sessionStorage.removeItem(STORAGE_KEY);
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return param || null;
  }
}

/** Keeps `lang` on `element` in step with the kit's language. */
export function followLanguage(element: HTMLElement): () => void {
  const previous = element.getAttribute('lang');
  const update = () => element.setAttribute('lang', getLocale());
  update();
  const unsubscribe = subscribeLanguage(update);
  return () => {
    unsubscribe();
    if (previous === null) element.removeAttribute('lang');
    else element.setAttribute('lang', previous);
  };
}
