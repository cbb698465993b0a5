import { useId, useState } from 'react';
import Form from 'react-bootstrap/Form';

import { t } from '@/lib/i18n';

import { checkPageUrl } from './originRules';
import { refuseKeyPaste } from './secretGuard';

/** Try a page URL against the rules as they are typed, before saving. */
export function OriginChecker({ rules }: { rules: string[] }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);

  const check = url.trim() === '' ? null : checkPageUrl(url, rules);
  let verdict: { text: string; className: string } | null = null;
  if (check?.kind === 'allowed') {
    verdict = {
      text: t('Allowed by rule {n} ({rule})', {
        n: check.index + 1,
        rule: check.rule,
      }),
      className: 'text-success',
    };
  } else if (check?.kind === 'blocked') {
    verdict = {
      text: t('Blocked: no rule allows {origin}', { origin: check.origin }),
      className: 'text-danger',
    };
  } else if (check?.kind === 'invalid') {
    verdict = {
      text: t('Type a full page URL, such as https://example.org/pricing.'),
      className: 'text-body-secondary',
    };
  }

  return (
    <Form.Group className="mb-3">
      <Form.Label htmlFor={id}>{t('Check a page URL')}</Form.Label>
      <Form.Control
        id={id}
        inputMode="url"
        value={url}
        placeholder="https://example.org/pricing"
        spellCheck={false}
        isInvalid={Boolean(refusal)}
        onChange={(event) => {
          setRefusal(null);
          setUrl(event.target.value);
        }}
        onPaste={refuseKeyPaste(setRefusal)}
      />
      {refusal && <div className="invalid-feedback d-block">{refusal}</div>}
      <div role="status" className={`small mt-1 ${verdict?.className ?? ''}`}>
        {verdict?.text}
      </div>
    </Form.Group>
  );
}
