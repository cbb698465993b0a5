import { useQueryClient } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';

import {
  getSignInState,
  signIn,
  stopChecking,
  subscribeToken,
  type SignInState,
} from '@/api/session';
import { t } from '@/lib/i18n';

import { mockSlots } from './mockSlots';

interface SignInFormProps {
  state: SignInState;
  onSignIn: (token: string) => void;
  /** Takes the focus when it appears. */
  shouldTakeFocus?: boolean;
}

/**
 * The token field and its button. A refused token is never shown again:
 * the field empties as it is sent, and the refusal is said under it.
 */
function SignInForm({
  state,
  onSignIn,
  shouldTakeFocus = false,
}: SignInFormProps) {
  const [token, setTokenValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The state whose refusal the person has since typed over; a new refusal
  // is a new state object, so it shows again.
  const [dismissed, setDismissed] = useState<SignInState | null>(null);
  const errorId = useId();
  const field = useRef<HTMLInputElement>(null);
  // Mock mode lists the seeded tokens here; a real build has no hint.
  const Hint = mockSlots.signInHint;
  const message =
    error ??
    (state.reason === 'rejected' && dismissed !== state
      ? t('That token was not accepted. Check it and paste it again.')
      : null);

  // A refusal leaves the focus on the disabled button, or nowhere: back in
  // the field, the message under it is read out.
  useEffect(() => {
    if (shouldTakeFocus || state.reason === 'rejected') field.current?.focus();
  }, [shouldTakeFocus, state]);

  const change = (value: string) => {
    setTokenValue(value);
    setError(null);
    setDismissed(state);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError(t('Enter your API token.'));
      return;
    }
    setTokenValue('');
    onSignIn(value);
  };

  return (
    <>
      <Form noValidate onSubmit={submit}>
        <Form.Group className="mb-3" controlId="sign-in-token">
          <Form.Label>{t('API token')}</Form.Label>
          <Form.Control
            type="password"
            autoComplete="off"
            ref={field}
            value={token}
            isInvalid={message !== null}
            aria-describedby={message === null ? undefined : errorId}
            onChange={(e) => change(e.target.value)}
          />
          <Form.Control.Feedback type="invalid" id={errorId}>
            {message}
          </Form.Control.Feedback>
        </Form.Group>
        <Button type="submit" disabled={state.isChecking}>
          {state.isChecking ? t('Signing in…') : t('Sign in')}
        </Button>
      </Form>
      {Hint && <Hint onPick={change} />}
    </>
  );
}

/**
 * Sign-in with a Waldur API token, kept for this browser tab only. The URL
 * is left alone, so the person lands back on the page they asked for.
 */
export function SignInPage() {
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(
    subscribeToken,
    getSignInState,
    getSignInState,
  );

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
          <SignInForm
            state={state}
            onSignIn={(token) => {
              // Nothing is on screen yet: no earlier user's data may show.
              queryClient.clear();
              signIn(token);
            }}
          />
        </Card.Body>
      </Card>
    </main>
  );
}

interface SessionEndedDialogProps {
  state: SignInState;
  /** Where focus was as the session ended. */
  returnFocus: Element | null;
}

/**
 * The sign-in over a page whose session ended: the page stays mounted,
 * inert, with all that was typed in it, until the person signs in again.
 */
export function SessionEndedDialog({
  state,
  returnFocus,
}: SessionEndedDialogProps) {
  const queryClient = useQueryClient();
  const titleId = useId();

  // The dialog leaves as the page becomes usable again.
  useEffect(
    () => () => {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) {
        returnFocus.focus();
      }
    },
    [returnFocus],
  );

  const resume = (token: string) => {
    signIn(token);
    /*
     * Not clear(): the mounted pages' queries would lose their cache
     * entries and never update again. Someone else may be signing in,
     * though, so everything on screen is fetched again with the new token
     * (what they may not see turns into an error state, and the server
     * checks any save against their rights), and what no page watches is
     * dropped rather than shown from the earlier session.
     */
    queryClient.removeQueries({
      predicate: (query) => query.getObserversCount() === 0,
    });
    void queryClient.invalidateQueries().then(stopChecking);
  };

  return (
    <Modal
      show
      backdrop={false}
      keyboard={false}
      restoreFocus={false}
      aria-labelledby={titleId}
      // Its own dimmed layer rather than a backdrop: it must cover a page's
      // dialog that was open, whose backdrop sits under that dialog.
      className="bg-dark bg-opacity-50"
      centered
    >
      <Modal.Header>
        <Modal.Title id={titleId} as="h2" className="h5">
          {t('Your session has ended')}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p className="text-body-secondary">
          {t(
            'Sign in again to continue where you were. What you entered on this page is kept.',
          )}
        </p>
        <SignInForm state={state} shouldTakeFocus onSignIn={resume} />
      </Modal.Body>
    </Modal>
  );
}
