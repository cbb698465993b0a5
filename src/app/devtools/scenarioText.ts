import type { Role, ScenarioName } from '@mocks/scenarios';

import { t } from '@/lib/i18n';

/** What each scenario shows, for the toolbar and the gallery. */
export function scenarioText(name: ScenarioName): string {
  switch (name) {
    case 'default':
      return t('Seeded data, everything works.');
    case 'empty':
      return t('The organization has no agents, keys, widgets or usage.');
    case 'many':
      return t(
        '5,000 agents in the organization, 500 keys on its first agent.',
      );
    case 'slow':
      return t('Every response takes about 1.5 seconds.');
    case 'errors':
      return t('Reads answer 500: each page shows its error state.');
    case 'flaky':
      return t(
        'A quarter of the requests fail with 503, the same ones every time.',
      );
    case 'readonly':
      return t('A project member: may look, may not change.');
    case 'signed-out':
      return t('Nobody is signed in: the sign-in page.');
    case 'legacy':
      return t('A Waldur of today: no keys, usage, widgets or MCP endpoints.');
  }
}

export function roleText(role: Role): string {
  switch (role) {
    case 'owner':
      return t('Organization owner');
    case 'manager':
      return t('Offering manager');
    case 'member':
      return t('Project member (read only)');
  }
}
