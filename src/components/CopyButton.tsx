import { useEffect, useState } from 'react';
import Button from 'react-bootstrap/Button';

import { copyText, type CopyResult } from '@/lib/clipboard';
import { t } from '@/lib/i18n';

interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy embed code". */
  label?: string;
  /** Called with the outcome, e.g. to select the text when unavailable. */
  onResult?: (result: CopyResult) => void;
  size?: 'sm' | 'lg';
}

const MESSAGES: Record<CopyResult, () => string> = {
  copied: () => t('Copied'),
  unavailable: () => t('Clipboard unavailable: select the text and copy it'),
  denied: () => t('Copy failed: select the text and copy it'),
};

/** Says "Copied" only after the clipboard accepted the text. */
export function CopyButton({
  text,
  label,
  onResult,
  size = 'sm',
}: CopyButtonProps) {
  const [result, setResult] = useState<CopyResult | null>(null);

  useEffect(() => {
    if (result !== 'copied') return;
    const timer = setTimeout(() => setResult(null), 3000);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    const outcome = await copyText(text);
    setResult(outcome);
    onResult?.(outcome);
  };

  return (
    <span className="d-inline-flex align-items-center gap-2">
      <Button
        variant="outline-secondary"
        size={size}
        onClick={copy}
        aria-label={label}
      >
        {t('Copy')}
      </Button>
      <span
        role="status"
        className={
          result === 'copied' ? 'text-success small' : 'text-danger small'
        }
      >
        {result ? MESSAGES[result]() : ''}
      </span>
    </span>
  );
}
