import { useState } from 'react';
import { createPortal } from 'react-dom';
import { ChatDotsFill } from 'react-bootstrap-icons';

import type { WidgetPosition, WidgetTheme } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { isHexColor, textOn } from './contrast';
import { PREVIEW_CSS } from './previewStyles';

export interface PreviewSettings {
  name: string;
  theme: WidgetTheme;
  position: WidgetPosition;
  primary_color: string;
  welcome_message: string;
  placeholder: string;
}

/*
 * A constructed stylesheet is CSSOM rather than inline CSS, so it applies
 * under the kit's strict Content-Security-Policy (`style-src 'self'`); the
 * <style> element is the fallback where it is missing (jsdom).
 */
const CAN_ADOPT =
  typeof ShadowRoot !== 'undefined' &&
  'adoptedStyleSheets' in ShadowRoot.prototype;

function adoptPreviewStyles(shadow: ShadowRoot) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PREVIEW_CSS);
  shadow.adoptedStyleSheets = [sheet];
}

/** Shown while the hex field holds something that is not yet a colour. */
const FALLBACK_COLOR = '#6c757d';

/**
 * The bubble and the open chat panel as a visitor will see them, drawn in a
 * shadow root so the kit's styles neither reach in nor get overridden.
 */
export function WidgetPreview({ settings }: { settings: PreviewSettings }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);

  const attach = (host: HTMLDivElement | null) => {
    if (!host || root) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    if (CAN_ADOPT) adoptPreviewStyles(shadow);
    setRoot(shadow);
  };

  const color = isHexColor(settings.primary_color)
    ? settings.primary_color
    : FALLBACK_COLOR;
  const accent = { backgroundColor: color, color: textOn(color).text };

  return (
    <div ref={attach} role="region" aria-label={t('Widget preview')}>
      {root &&
        createPortal(
          <>
            {!CAN_ADOPT && <style>{PREVIEW_CSS}</style>}
            <div className={`stage ${settings.theme} ${settings.position}`}>
              <div className="panel">
                <div className="header" style={accent}>
                  {settings.name || t('Chat')}
                </div>
                <div className="messages">
                  {settings.welcome_message && (
                    <div className="message">{settings.welcome_message}</div>
                  )}
                </div>
                <div className="composer">
                  <input
                    disabled
                    placeholder={settings.placeholder}
                    aria-label={t('Message (preview)')}
                  />
                </div>
              </div>
              <div className="bubble" style={accent}>
                <ChatDotsFill size={24} aria-hidden="true" />
              </div>
            </div>
          </>,
          root,
        )}
    </div>
  );
}
