import 'bootstrap/dist/css/bootstrap.min.css';
import '@/app/theme.css';

import type { ThemePreference } from '@/lib/theme';
import { mountSiteKit } from '@/siteKit';

/*
 * The example host page: the kit lives under this page's own path, so its
 * links stay inside the host and a reload (served by the dev and preview
 * servers' host fallback) comes back here.
 */
const BASENAME = `${import.meta.env.BASE_URL}src/host`;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The host page has no #${id}`);
  return found as T;
}

const container = element<HTMLDivElement>('host-kit');
const mountButton = element<HTMLButtonElement>('host-mount');
const unmountButton = element<HTMLButtonElement>('host-unmount');
const themeSelect = element<HTMLSelectElement>('host-theme');
const status = element<HTMLParagraphElement>('host-status');

let unmount: (() => void) | null = null;

function show(message: string) {
  status.textContent = message;
  mountButton.disabled = unmount !== null;
  unmountButton.disabled = unmount === null;
}

function mount() {
  if (unmount) return;
  unmount = mountSiteKit(container, {
    basename: BASENAME,
    theme: (themeSelect.value || undefined) as ThemePreference | undefined,
    onSessionExpired: () => show('The session expired: the host signs in.'),
  });
  show('The kit is mounted.');
}

mountButton.addEventListener('click', mount);
unmountButton.addEventListener('click', () => {
  unmount?.();
  unmount = null;
  show('The kit is not mounted.');
});
themeSelect.addEventListener('change', () => {
  if (!unmount) return;
  unmount();
  unmount = null;
  mount();
});

// The kit's routes start at the page's directory, not at index.html.
if (location.pathname.endsWith('/index.html')) {
  history.replaceState(null, '', `${BASENAME}/${location.search}`);
}
show('The kit is not mounted.');
