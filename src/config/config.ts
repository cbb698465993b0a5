/**
 * Runtime configuration. The API URL comes from the build (`VITE_API_URL`)
 * or from `<meta name="api-url">` in the served index.html, so one build can
 * be pointed at any Waldur. Mock mode serves the API from this origin.
 */
export interface KitConfig {
  apiUrl: string;
  /** Where widget.js is served; null when the deployment has not set it. */
  widgetHost: string | null;
  isMockMode: boolean;
}

function readMeta(name: string): string | null {
  if (typeof document === 'undefined') return null;
  const content = document
    .querySelector(`meta[name="${name}"]`)
    ?.getAttribute('content')
    ?.trim();
  return content ? content : null;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function readConfig(): KitConfig {
  const origin =
    typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const apiUrl =
    import.meta.env.VITE_API_URL || readMeta('api-url') || `${origin}/api/`;
  const widgetHost =
    import.meta.env.VITE_WIDGET_HOST || readMeta('widget-host') || null;

  return {
    apiUrl: withSlash(new URL(apiUrl, origin).toString()),
    widgetHost: widgetHost ? widgetHost.replace(/\/+$/, '') : null,
    isMockMode: __MOCK_MODE__,
  };
}

export const config: KitConfig = readConfig();

export interface KitConfigOverrides {
  apiUrl?: string;
  widgetHost?: string | null;
}

/**
 * Points the kit at a host's API and widget host when it is mounted into a
 * page. Readers look at `config` when they render, so a change applies to
 * what renders next. Returns a function that restores the previous values.
 */
export function overrideConfig(overrides: KitConfigOverrides): () => void {
  const previous = { ...config };
  const origin =
    typeof location === 'undefined' ? 'http://localhost' : location.origin;
  if (overrides.apiUrl) {
    config.apiUrl = withSlash(new URL(overrides.apiUrl, origin).toString());
  }
  if (overrides.widgetHost !== undefined) {
    config.widgetHost = overrides.widgetHost
      ? overrides.widgetHost.replace(/\/+$/, '')
      : null;
  }
  return () => {
    Object.assign(config, previous);
  };
}
