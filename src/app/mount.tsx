import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { configureKit } from '@/api/client';
import { endSession } from '@/api/session';
import {
  chooseLanguage,
  followLanguage,
  languageFromUrl,
  resetLanguage,
} from '@/i18n/language';
import { reportError } from '@/lib/report';
import { applyTheme, type ThemePreference } from '@/lib/theme';

import { App } from './App';
import { createQueryClient } from './queryClient';

export interface SiteKitOptions {
  /** The Waldur API root; the page's own `/api/` when left out. */
  apiUrl?: string;
  token?: string;
  /** Read before every request, for hosts whose token changes. */
  getToken?: () => string | null | undefined;
  /** The path the kit's routes live under, e.g. `/marketplace/agents`. */
  basename?: string;
  widgetHost?: string | null;
  /** The kit's colour mode; the host page's own when left out. */
  theme?: ThemePreference;
  /** A language tag such as `de` or `en-XA`; the user's preference if left out. */
  language?: string;
  /** Called on a 401 instead of showing the kit's own sign-in page. */
  onSessionExpired?: () => void;
}

/*
 * Mock mode starts and stops with the mounts: the first mount starts the
 * worker before it renders, the last unmount stops it. The steps run one
 * after another so that a quick remount never races a stop.
 */
let mockMounts = 0;
let mockSteps: Promise<unknown> = Promise.resolve();

function inOrder(step: () => Promise<void>): Promise<void> {
  const next = mockSteps.then(step);
  mockSteps = next.catch(() => undefined);
  return next;
}

function acquireMockMode(): Promise<void> {
  return inOrder(async () => {
    mockMounts += 1;
    if (mockMounts > 1) return;
    const { startMockMode } = await import('./mockMode');
    await startMockMode();
  });
}

function releaseMockMode(): Promise<void> {
  return inOrder(async () => {
    mockMounts -= 1;
    if (mockMounts > 0) return;
    const { stopMockMode } = await import('./mockMode');
    stopMockMode();
  });
}

/**
 * Renders the kit into `element` and returns a function that removes
 * everything it added: the rendered tree, its query cache, its router's
 * history listener, the colour mode, the language, the connection settings
 * and, in mock mode, the mock worker. The kit's settings are global, so one kit is
 * mounted at a time.
 */
export function mountSiteKit(
  element: HTMLElement,
  options: SiteKitOptions = {},
): () => void {
  const { token } = options;
  const getToken = options.getToken ?? (token ? () => token : undefined);
  const undoConnection = configureKit({
    apiUrl: options.apiUrl,
    getToken,
    widgetHost: options.widgetHost,
  });
  // React leaves its event listeners on the container; a node of the kit's
  // own takes them away when it is removed.
  const container = document.createElement('div');
  container.className = 'site-kit bg-body text-body';
  element.append(container);
  // Without a theme the kit takes the host document's colour mode, as the
  // dialogs it opens in document.body do.
  const undoTheme = options.theme
    ? applyTheme(container, options.theme)
    : () => undefined;
  const undoLang = followLanguage(container);
  const language =
    options.language ?? (__MOCK_MODE__ ? languageFromUrl() : null);

  const queryClient = createQueryClient({
    onUnauthorized: options.onSessionExpired ?? endSession,
  });
  const root = createRoot(container);
  const ready = Promise.all([
    __MOCK_MODE__ ? acquireMockMode() : undefined,
    chooseLanguage(language),
  ]);
  let isMounted = true;

  ready.then(
    () => {
      if (!isMounted) return;
      root.render(
        <StrictMode>
          <App queryClient={queryClient} basename={options.basename} />
        </StrictMode>,
      );
    },
    (error: unknown) => reportError(error, 'the kit did not start'),
  );

  return () => {
    if (!isMounted) return;
    isMounted = false;
    root.unmount();
    container.remove();
    queryClient.clear();
    undoTheme();
    undoLang();
    resetLanguage();
    undoConnection();
    if (__MOCK_MODE__) void releaseMockMode();
  };
}
