/**
 * Embed code builders. The code carries the widget's public_id (never a
 * key) and, for the iframe, its name as the title; widget.js fetches every
 * other setting from the widget host, so saved changes need no re-embed.
 * Whatever the strings contain, the output is inert: attribute values are
 * escaped, JSON is safe inside a <script>, URL path parts are encoded.
 */
export interface EmbedInput {
  /** Widget host base URL without a trailing slash. */
  host: string;
  publicId: string;
  name: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A raw CR would be folded into LF by the HTML parser.
  '\r': '&#13;',
};

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/**
 * JSON that stays JSON inside an inline <script> and in old JS parsers:
 * `</script>`, `<!--`, `&` and the line separators U+2028/U+2029 become
 * \u escapes.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function scriptUrl(host: string): string {
  return `${host}/widget.js`;
}

export function embedUrl(host: string, publicId: string): string {
  return `${host}/embed/${encodeURIComponent(publicId)}`;
}

export function buildScriptTag({ host, publicId }: EmbedInput): string {
  return (
    `<script src="${escapeAttribute(scriptUrl(host))}" ` +
    `data-widget-id="${escapeAttribute(publicId)}" async></script>`
  );
}

export function buildIframe({ host, publicId, name }: EmbedInput): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(host, publicId))}" ` +
    `title="${escapeAttribute(name)}" width="400" height="600" ` +
    `style="border: 0" loading="lazy"></iframe>`
  );
}

/** A component that loads widget.js once, wherever it is rendered. */
export function buildReactSnippet({ host, publicId }: EmbedInput): string {
  const widget = jsonForScript({ src: scriptUrl(host), widgetId: publicId });
  return [
    "import { useEffect } from 'react';",
    '',
    `const WIDGET = ${widget};`,
    'let isLoaded = false;',
    '',
    'export function ChatWidget() {',
    '  useEffect(() => {',
    '    if (isLoaded) return;',
    '    isLoaded = true;',
    "    const script = document.createElement('script');",
    '    script.src = WIDGET.src;',
    '    script.async = true;',
    '    script.dataset.widgetId = WIDGET.widgetId;',
    '    document.body.appendChild(script);',
    '  }, []);',
    '  return null;',
    '}',
    '',
  ].join('\n');
}

export type EmbedForm = 'script' | 'iframe' | 'react';

/**
 * The CSP directives a host site needs, one source each. widget.js is
 * loaded from the host, talks to it, and opens the chat panel in a frame
 * from it; the iframe form only frames it.
 */
export function cspDirectives(form: EmbedForm, hostOrigin: string): string[] {
  if (form === 'iframe') return [`frame-src ${hostOrigin}`];
  return [
    `script-src ${hostOrigin}`,
    `connect-src ${hostOrigin}`,
    `frame-src ${hostOrigin}`,
  ];
}
