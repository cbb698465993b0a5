import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';

import { openNewWidgetForm } from './widgetTestUtils';

/** An agent without widgets: Create is the only button of that name. */
const NEW_FORM = routes.widgets(SEED.orgUuid, SEED.errorAgentUuid);

// Regression: "Auto (follows the visitor's system)" was cut off in the
// select's half-width column, as "Auto (follows the visitor's systen".
it('names the themes briefly and says under the select what Auto does', async () => {
  const { user } = await openNewWidgetForm(NEW_FORM);
  const theme = screen.getByRole('combobox', { name: 'Theme' });

  const options = within(theme).getAllByRole('option');
  expect(options.map((option) => option.textContent)).toEqual([
    'Light',
    'Dark',
    'Auto',
  ]);
  expect(theme).toHaveAccessibleDescription(
    'Auto follows each visitor’s light or dark system setting.',
  );
  await user.selectOptions(theme, 'Auto');
  expect(theme).toHaveValue('auto');
});
