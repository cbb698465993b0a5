import { useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';

import { agentApi } from '@/api/client';
import { t } from '@/lib/i18n';

import { useInvalidateKeys } from './keyMutations';
import { describeAnswer, describeRefusal, type KeyTestResult } from './testKey';

interface TestKeyPanelProps {
  agentId: string;
  /** The key just created: tested without showing another field. */
  presetKey?: string;
}

/**
 * Calls the agent's MCP `tools/list` with a key. Not a useMutation: the
 * key would sit in the mutation cache as its variables, and the app-wide
 * 401 handler would sign the admin out over an unknown API key.
 */
export function TestKeyPanel({ agentId, presetKey }: TestKeyPanelProps) {
  const invalidate = useInvalidateKeys(agentId);
  const [pasted, setPasted] = useState('');
  const [isPending, setPending] = useState(false);
  const [result, setResult] = useState<KeyTestResult | null>(null);
  const inFlight = useRef(false);

  const test = async (apiKey: string) => {
    if (inFlight.current || !apiKey) return;
    inFlight.current = true;
    setPending(true);
    setResult(null);
    try {
      const answer = await agentApi.callMcp(agentId, apiKey, {
        method: 'tools/list',
      });
      setResult(describeAnswer(answer));
      // An accepted call moves the key's last use and usage: show them.
      await invalidate();
    } catch (error) {
      setResult(describeRefusal(error));
    } finally {
      setPasted('');
      setPending(false);
      inFlight.current = false;
    }
  };

  const outcome = result && (
    <Alert
      variant={result.ok ? 'success' : 'danger'}
      className="mt-2 mb-0"
      role="status"
    >
      {result.message}
    </Alert>
  );

  if (presetKey !== undefined) {
    return (
      <div>
        <Button
          variant="outline-primary"
          size="sm"
          disabled={isPending}
          onClick={() => test(presetKey)}
        >
          {isPending ? t('Testing…') : t('Use the new key: test it now')}
        </Button>
        {outcome}
      </div>
    );
  }

  return (
    <section
      aria-labelledby="test-key-title"
      className="border rounded p-3 mt-4"
    >
      <h2 id="test-key-title" className="h6">
        {t('Test a key')}
      </h2>
      <p className="small text-body-secondary">
        {t(
          "Paste a key to call this agent's MCP tools/list with it. The key is not stored.",
        )}
      </p>
      <Form
        className="d-flex flex-wrap gap-2 align-items-end"
        onSubmit={(event) => {
          event.preventDefault();
          void test(pasted.trim());
        }}
      >
        <Form.Group controlId="test-key-input" className="flex-grow-1">
          <Form.Label className="small mb-1">{t('API key to test')}</Form.Label>
          <Form.Control
            type="password"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="font-monospace"
          />
        </Form.Group>
        <Button type="submit" disabled={isPending || pasted.trim() === ''}>
          {isPending ? t('Testing…') : t('Test key')}
        </Button>
      </Form>
      {outcome}
    </section>
  );
}
