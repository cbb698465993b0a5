import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';

import { setToken } from '@/api/session';
import { t } from '@/lib/i18n';

import { mockSlots } from './mockSlots';

/**
 * Sign-in with a Waldur API token, kept for this browser tab only. The URL
 * is left alone, so the person lands back on the page they asked for.
 */
export function SignInPage() {
  const queryClient = useQueryClient();
  const [token, setTokenValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Mock mode lists the seeded tokens here; a real build has no hint.
  const Hint = mockSlots.signInHint;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError(t('Enter your API token.'));
      return;
    }
    queryClient.clear();
    setToken(value);
  };

  return (
    <main className="container py-5" style={{ maxWidth: 480 }}>
      <Card>
        <Card.Body>
          <h1 className="h4">{t('Sign in to the Agent Site Kit')}</h1>
          <p className="text-body-secondary">
            {t(
              'Paste your Waldur API token. It is kept for this browser tab only.',
            )}
          </p>
          <Form noValidate onSubmit={submit}>
            <Form.Group className="mb-3" controlId="sign-in-token">
              <Form.Label>{t('API token')}</Form.Label>
              <Form.Control
                type="password"
                autoComplete="off"
                value={token}
                isInvalid={error !== null}
                onChange={(e) => {
                  setTokenValue(e.target.value);
                  setError(null);
                }}
              />
              <Form.Control.Feedback type="invalid">
                {error}
              </Form.Control.Feedback>
            </Form.Group>
            <Button type="submit">{t('Sign in')}</Button>
          </Form>
          {Hint && (
            <Hint
              onPick={(value) => {
                setTokenValue(value);
                setError(null);
              }}
            />
          )}
        </Card.Body>
      </Card>
    </main>
  );
}
