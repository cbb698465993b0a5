import { useRef } from 'react';

import { CopyButton } from '@/components/CopyButton';
import type { CopyResult } from '@/lib/clipboard';
import { t } from '@/lib/i18n';

interface EmbedCodeBlockProps {
  title: string;
  description: string;
  code: string;
  copyLabel: string;
  csp: string[];
}

/** One form of embed code, its Copy button and the CSP it needs. */
export function EmbedCodeBlock({
  title,
  description,
  code,
  copyLabel,
  csp,
}: EmbedCodeBlockProps) {
  const codeRef = useRef<HTMLPreElement>(null);
  const cspText = csp.map((line) => `${line};`).join('\n');

  // When the clipboard refuses, select the code so a manual copy is one key.
  const selectOnFailure = (result: CopyResult) => {
    const node = codeRef.current;
    if (result === 'copied' || !node) return;
    window.getSelection()?.selectAllChildren(node);
  };

  return (
    <section className="mb-4" aria-label={title}>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <h4 className="h6 mb-0 me-auto">{title}</h4>
        <CopyButton text={code} label={copyLabel} onResult={selectOnFailure} />
      </div>
      <p className="small text-body-secondary mb-2">{description}</p>
      <pre
        ref={codeRef}
        className="bg-body-tertiary border rounded p-2 small mb-2"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        tabIndex={0}
        aria-label={t('{title} code', { title })}
      >
        <code>{code}</code>
      </pre>
      <p className="small mb-1">
        {t(
          'If the site sends a Content-Security-Policy, add this source to these directives:',
        )}
      </p>
      <pre
        className="bg-body-tertiary border rounded p-2 small mb-0"
        aria-label={t('{title} Content-Security-Policy', { title })}
      >
        <code>{cspText}</code>
      </pre>
    </section>
  );
}
