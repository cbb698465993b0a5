import Alert from 'react-bootstrap/Alert';

import type { Widget } from '@/api/schemas';
import { t } from '@/lib/i18n';

import {
  buildIframe,
  buildReactSnippet,
  buildScriptTag,
  cspDirectives,
} from './embedCode';
import { EmbedCodeBlock } from './EmbedCodeBlock';
import { checkWidgetHost } from './widgetHost';

interface EmbedCodePanelProps {
  widget: Widget;
  /** The deployment's widget host, injected so tests can set it. */
  widgetHost: string | null;
  appOrigin?: string;
}

export function EmbedCodePanel({
  widget,
  widgetHost,
  appOrigin = location.origin,
}: EmbedCodePanelProps) {
  const host = checkWidgetHost(widgetHost, appOrigin);

  if (!host.ok) {
    return (
      <Alert variant="warning">
        <p className="mb-1">
          <strong>
            {t(
              'Set the widget host for this deployment to see the embed code.',
            )}
          </strong>
        </p>
        <p className="mb-1">{host.reason}</p>
        <p className="mb-0 small">
          {t(
            'The widget host serves widget.js to the websites; it is set with VITE_WIDGET_HOST at build time or <meta name="widget-host" content="https://…"> in index.html, and must be a public https address, not this admin app, localhost or a dev server.',
          )}
        </p>
      </Alert>
    );
  }

  const input = {
    host: host.base,
    publicId: widget.public_id,
    name: widget.name,
  };

  return (
    <div>
      <p className="small">
        {t(
          'The code holds only the widget’s public ID, never an API key. Settings you save later apply without changing the code.',
        )}
      </p>
      <EmbedCodeBlock
        title={t('Script tag')}
        description={t(
          'Paste before </body> on every page that shows the chat bubble. widget.js opens the chat in a frame from the widget host.',
        )}
        code={buildScriptTag(input)}
        copyLabel={t('Copy script tag')}
        csp={cspDirectives('script', host.origin)}
      />
      <EmbedCodeBlock
        title={t('Iframe')}
        description={t(
          'Shows the chat panel inline, where you paste it; no script runs on your page.',
        )}
        code={buildIframe(input)}
        copyLabel={t('Copy iframe')}
        csp={cspDirectives('iframe', host.origin)}
      />
      <EmbedCodeBlock
        title={t('React')}
        description={t(
          'Save as ChatWidget.jsx and render <ChatWidget /> once near the root of your app; it loads widget.js a single time.',
        )}
        code={buildReactSnippet(input)}
        copyLabel={t('Copy React component')}
        csp={cspDirectives('react', host.origin)}
      />
    </div>
  );
}
