import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import CloseButton from 'react-bootstrap/CloseButton';
import Form from 'react-bootstrap/Form';

import {
  isRole,
  isScenarioName,
  ROLES,
  roleOfToken,
  SCENARIO_NAMES,
} from '@mocks/scenarios';

import { getToken, subscribeToken } from '@/api/session';
import { t } from '@/lib/i18n';
import { reportError } from '@/lib/report';

import {
  mockState,
  resetMockData,
  switchRole,
  switchScenario,
} from './mockSession';
import { roleText, scenarioText } from './scenarioText';

const OPEN_KEY = 'site-kit:mock-toolbar';
export const GALLERY_PATH = '/__gallery/';
const GALLERY_URL = `${import.meta.env.BASE_URL}${GALLERY_PATH.slice(1)}`;

type Shown = 'open' | 'closed' | 'hidden';

function storedShown(): Shown {
  try {
    const value = sessionStorage.getItem(OPEN_KEY);
    return value === 'open' || value === 'hidden' ? value : 'closed';
  } catch {
    return 'closed';
  }
}

function storeShown(value: Shown): void {
  try {
    sessionStorage.setItem(OPEN_KEY, value);
  } catch {
    // Only the toolbar's open state is lost.
  }
}

function startupNotice(): string | null {
  if (mockState.restore === 'replaced') {
    return t(
      'The stored mock data was from an older version or damaged, so it was replaced by a fresh seed.',
    );
  }
  if (mockState.unknownScenario !== null) {
    return t('There is no scenario "{name}"; showing "{current}".', {
      name: mockState.unknownScenario,
      current: mockState.scenario,
    });
  }
  return null;
}

/**
 * Mock mode's dev toolbar, fixed in the bottom corner and collapsed by
 * default so that it covers no page content: scenario, signed-in role and
 * "Reset mock data". Rendered by the app only when mock mode fills its slot.
 * `sessionStorage['site-kit:mock-toolbar'] = 'hidden'` leaves it out
 * altogether (screenshots).
 */
export function DevToolbar() {
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(subscribeToken, getToken, getToken);
  const [notice, setNotice] = useState(startupNotice);
  const [shown, setShown] = useState<Shown>(() =>
    notice === null ? storedShown() : 'open',
  );
  const [scenario, setScenario] = useState(mockState.scenario);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (shown === 'hidden') return null;
  const show = (value: Shown) => {
    storeShown(value);
    setShown(value);
  };
  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await work();
      setStatus(done);
    } catch (error) {
      reportError(error, 'mock toolbar');
    } finally {
      setBusy(false);
    }
  };

  const role = roleOfToken(token);

  if (shown === 'closed') {
    return (
      <aside
        aria-label={t('Mock tools')}
        className="position-fixed bottom-0 end-0 m-2 z-3"
      >
        <Button
          size="sm"
          variant="dark"
          className="shadow-sm"
          aria-expanded="false"
          onClick={() => show('open')}
        >
          {t('Mock: {scenario}', { scenario })}
        </Button>
      </aside>
    );
  }

  return (
    <aside
      aria-label={t('Mock tools')}
      className="position-fixed bottom-0 end-0 m-2 z-3"
      style={{ width: '20rem', maxWidth: 'calc(100vw - 1rem)' }}
    >
      <Card className="shadow small">
        <Card.Body className="p-3">
          <div className="d-flex align-items-center justify-content-between mb-2">
            <h2 className="h6 mb-0">{t('Mock mode')}</h2>
            <CloseButton
              aria-label={t('Collapse the mock tools')}
              aria-expanded="true"
              onClick={() => show('closed')}
            />
          </div>
          {notice && (
            <Alert
              variant="warning"
              className="py-2 small"
              dismissible
              onClose={() => setNotice(null)}
            >
              {notice}
            </Alert>
          )}
          <Form.Group className="mb-2" controlId="mock-scenario">
            <Form.Label className="mb-1">{t('Scenario')}</Form.Label>
            <Form.Select
              size="sm"
              value={scenario}
              disabled={busy}
              aria-describedby="mock-scenario-text"
              onChange={(event) => {
                const name = event.target.value;
                if (!isScenarioName(name)) return;
                setScenario(name);
                void run(
                  () => switchScenario(name, queryClient),
                  t('Scenario "{name}" is on.', { name }),
                );
              }}
            >
              {SCENARIO_NAMES.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Form.Select>
            <Form.Text id="mock-scenario-text">
              {scenarioText(scenario)}
            </Form.Text>
          </Form.Group>
          <Form.Group className="mb-3" controlId="mock-role">
            <Form.Label className="mb-1">{t('Signed in as')}</Form.Label>
            <Form.Select
              size="sm"
              value={role ?? ''}
              disabled={busy}
              onChange={(event) => {
                const next = event.target.value;
                if (!isRole(next)) return;
                void run(
                  () => switchRole(next, queryClient),
                  t('Signed in as {role}.', { role: roleText(next) }),
                );
              }}
            >
              {role === null && (
                <option value="" disabled>
                  {token === null
                    ? t('Nobody (signed out)')
                    : t('Another token')}
                </option>
              )}
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {roleText(value)}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
          <div className="d-flex flex-wrap align-items-center gap-2">
            <Button
              size="sm"
              variant="outline-danger"
              disabled={busy}
              onClick={() => {
                setNotice(null);
                void run(
                  () => resetMockData(queryClient),
                  t('Mock data is back to the seed.'),
                );
              }}
            >
              {t('Reset mock data')}
            </Button>
            {/* A page load: the toolbar lives outside the app's router. */}
            <a href={GALLERY_URL} className="ms-auto">
              {t('Route gallery')}
            </a>
          </div>
          <div role="status" className="mt-2 text-body-secondary">
            {status}
          </div>
        </Card.Body>
      </Card>
    </aside>
  );
}
