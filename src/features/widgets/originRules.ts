import { t } from '@/lib/i18n';

/**
 * Allowed-origin rules of a widget. A rule is `scheme://host[:port]`; the
 * host may start with `*.` to allow every subdomain at any depth, but not
 * the apex itself (as in CSP host sources). https only, except http for
 * localhost, 127.0.0.1 and [::1] so a site can be tried out locally.
 */
export interface OriginRule {
  scheme: 'http' | 'https';
  isWildcard: boolean;
  /** ASCII (punycode) host, lowercase; the part after `*.` for wildcards. */
  host: string;
  /** Explicit or default port. */
  port: number;
}

export type ParseResult =
  { ok: true; rule: OriginRule } | { ok: false; error: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_PORT = { http: 80, https: 443 } as const;

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function toAsciiHost(host: string): string | null {
  if (host === '[::1]') return host;
  try {
    const ascii = new URL(`https://${host}`).hostname;
    // The URL parser also rewrites odd input (`1.2`, `%41`); only a
    // non-ASCII name may change, into its punycode form.
    const isAscii = /^[\x20-\x7e]*$/.test(host);
    if (isAscii && ascii !== host.toLowerCase()) return null;
    const labels = ascii.split('.');
    return ascii.length <= 253 && labels.every((l) => LABEL.test(l))
      ? ascii
      : null;
  } catch {
    return null;
  }
}

export function parseOriginRule(raw: string): ParseResult {
  const value = raw.trim();
  if (value === '')
    return fail(t('Enter an origin, such as https://example.org.'));
  if (/^(\w+:\/\/)?\*(:\d*)?\/?$/.test(value)) {
    return fail(
      t(
        'A bare * would allow every site: name your domains, such as https://*.example.org.',
      ),
    );
  }
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(value);
  if (!parts)
    return fail(t('Start with https://, such as https://example.org.'));
  const [, rawScheme = '', authority = '', rest = ''] = parts;
  if (rest !== '') {
    return fail(
      t(
        'An origin has no path, query or fragment: use https://example.org, not https://example.org/page.',
      ),
    );
  }
  if (authority.includes('@'))
    return fail(t('An origin has no user name or password.'));

  const hostPort = /^(\*\.)?(\[::1\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(authority);
  if (!hostPort) return fail(t('Not a valid host and port.'));
  const [, star, rawHost = '', rawPort] = hostPort;
  if (rawHost.includes('*')) {
    return fail(
      t(
        'A * may only stand for subdomains at the start, as in https://*.example.org.',
      ),
    );
  }
  const host = toAsciiHost(rawHost);
  if (!host)
    return fail(t('"{host}" is not a valid host name.', { host: rawHost }));
  if (star && (host.split('.').length < 2 || host.startsWith('['))) {
    return fail(t('Name a domain after *., such as https://*.example.org.'));
  }
  if (!star && !host.includes('.') && !LOCAL_HOSTS.has(host)) {
    return fail(t('Use a full domain name, such as https://example.org.'));
  }

  const scheme = rawScheme.toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') {
    return fail(t('Use https:// (or http:// for localhost).'));
  }
  if (scheme === 'http' && (star || !LOCAL_HOSTS.has(host))) {
    return fail(t('Use https://: http:// is allowed only for localhost.'));
  }
  const port = rawPort === undefined ? DEFAULT_PORT[scheme] : Number(rawPort);
  if (port < 1 || port > 65535) return fail(t('The port must be 1 to 65535.'));

  return { ok: true, rule: { scheme, isWildcard: Boolean(star), host, port } };
}

/** The canonical text of a rule, used to spot duplicates. */
export function ruleKey(rule: OriginRule): string {
  return `${rule.scheme}://${rule.isWildcard ? '*.' : ''}${rule.host}:${rule.port}`;
}

/**
 * The form sent to the server: lowercase, punycode (as browsers send the
 * Origin header) and no default port.
 */
export function formatRule(rule: OriginRule): string {
  const port = rule.port === DEFAULT_PORT[rule.scheme] ? '' : `:${rule.port}`;
  return `${rule.scheme}://${rule.isWildcard ? '*.' : ''}${rule.host}${port}`;
}

export type OriginCheck =
  | { kind: 'invalid' }
  | { kind: 'allowed'; index: number; rule: string }
  | { kind: 'blocked'; origin: string };

/** Which rule, if any, lets a page at `pageUrl` use the widget. */
export function checkPageUrl(pageUrl: string, rules: string[]): OriginCheck {
  let url: URL;
  try {
    url = new URL(pageUrl.trim());
  } catch {
    return { kind: 'invalid' };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return { kind: 'invalid' };
  const port = url.port ? Number(url.port) : DEFAULT_PORT[scheme];

  const index = rules.findIndex((raw) => {
    const parsed = parseOriginRule(raw);
    if (!parsed.ok) return false;
    const { rule } = parsed;
    if (rule.scheme !== scheme || rule.port !== port) return false;
    return rule.isWildcard
      ? url.hostname.endsWith(`.${rule.host}`)
      : url.hostname === rule.host;
  });
  return index === -1
    ? { kind: 'blocked', origin: url.origin }
    : { kind: 'allowed', index, rule: rules[index]?.trim() ?? '' };
}
