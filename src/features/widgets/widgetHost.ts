import { config } from '@/config/config';
import { t } from '@/lib/i18n';

export type WidgetHostCheck =
  { ok: true; base: string; origin: string } | { ok: false; reason: string };

/** Ports of common dev servers (Vite, Vite preview, CRA/Next). */
const DEV_PORTS = new Set(['3000', '4173', '5173', '5174']);
const LOCAL_HOST =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/;

/** The deployment's widget host; a function so tests can replace it. */
export function configuredWidgetHost(): string | null {
  return config.widgetHost;
}

/**
 * Whether embed code may point at `raw`: an https URL that is not this
 * admin app, not localhost and not a dev server, since code that works only
 * on the admin's machine would fail silently on the real site.
 */
export function checkWidgetHost(
  raw: string | null,
  appOrigin: string,
): WidgetHostCheck {
  if (!raw) return { ok: false, reason: t('No widget host is set.') };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      reason: t('The widget host "{host}" is not a URL.', { host: raw }),
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: t('The widget host must use https:// (it is {host}).', {
        host: raw,
      }),
    };
  }
  if (url.origin === appOrigin) {
    return {
      ok: false,
      reason: t('The widget host is this admin app ({host}).', { host: raw }),
    };
  }
  if (LOCAL_HOST.test(url.hostname) || DEV_PORTS.has(url.port)) {
    return {
      ok: false,
      reason: t('The widget host is a local or development server ({host}).', {
        host: raw,
      }),
    };
  }
  if (url.search || url.hash || url.username || url.password) {
    return {
      ok: false,
      reason: t('The widget host must be a plain URL ({host}).', { host: raw }),
    };
  }
  return {
    ok: true,
    base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
    origin: url.origin,
  };
}
