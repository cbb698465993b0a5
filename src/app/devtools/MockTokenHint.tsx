import Button from 'react-bootstrap/Button';

import { ROLE_TOKENS, ROLES } from '@mocks/scenarios';

import { t } from '@/lib/i18n';

import { roleText } from './scenarioText';

/**
 * Mock mode only: the seeded tokens under the sign-in form, each with a
 * button that puts it in the field.
 */
export function MockTokenHint({ onPick }: { onPick: (token: string) => void }) {
  return (
    <section className="border rounded p-3 mt-3" aria-labelledby="mock-tokens">
      <h2 id="mock-tokens" className="h6">
        {t('Mock mode: sign in with a seeded token')}
      </h2>
      <ul className="list-unstyled mb-0 small">
        {ROLES.map((role) => (
          <li
            key={role}
            className="d-flex flex-wrap align-items-center gap-2 mb-1"
          >
            <code className="text-body-emphasis">{ROLE_TOKENS[role]}</code>
            <span className="text-body-secondary">{roleText(role)}</span>
            <Button
              variant="link"
              size="sm"
              className="p-0 ms-auto"
              aria-label={t('Use the token of the {role}', {
                role: roleText(role),
              })}
              onClick={() => onPick(ROLE_TOKENS[role])}
            >
              {t('Use')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
