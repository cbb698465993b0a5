import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';

import { openNewWidgetForm } from './widgetTestUtils';

const KEY = 'sak_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

/** An agent without widgets: Create is the only button of that name. */
const NEW_FORM = routes.widgets(SEED.orgUuid, SEED.errorAgentUuid);

describe('WidgetForm validation', () => {
  it.each(['e', '-', '1e999', '2.5', '601'])(
    'refuses the delay %j on its field',
    async (delay) => {
      const { user } = await openNewWidgetForm(NEW_FORM);

      await user.type(screen.getByLabelText('Name'), 'Docs');
      await user.click(screen.getByLabelText('Open the chat by itself'));
      await user.type(screen.getByLabelText(/Delay before it opens/), delay);
      await user.click(screen.getByRole('button', { name: 'Create widget' }));

      expect(
        await screen.findByText(/digits only|At most 600/),
      ).toBeInTheDocument();
      expect(screen.getByLabelText(/Delay before it opens/)).toHaveValue(delay);
    },
  );

  it('refuses a bad language tag and a bare * origin', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.type(screen.getByLabelText('Name'), 'Docs');
    await user.clear(screen.getByLabelText('Language'));
    await user.type(screen.getByLabelText('Language'), 'en_US');
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    await user.type(screen.getByLabelText('Origin rule 1'), '*');
    await user.click(screen.getByRole('button', { name: 'Create widget' }));

    expect(
      await screen.findByText(/Enter a BCP 47 language tag/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A bare \* would allow every site/),
    ).toBeInTheDocument();
  });

  it('refuses a pasted API key and says why', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.click(screen.getByLabelText('Welcome message'));
    await user.paste(KEY);

    expect(screen.getByLabelText('Welcome message')).not.toHaveValue(
      expect.stringContaining('sak_'),
    );
    expect(screen.getByText(/looks like an API key/)).toBeInTheDocument();
  });

  it('checks a page URL against the rules as they are typed', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);
    const checker = screen.getByLabelText('Check a page URL');

    await user.type(checker, 'https://shop.example.org/cart');
    expect(screen.getByText(/Blocked: no rule allows/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    await user.type(
      screen.getByLabelText('Origin rule 1'),
      'https://*.example.org',
    );

    expect(
      screen.getByText('Allowed by rule 1 (https://*.example.org)'),
    ).toBeInTheDocument();
  });

  it('waits until a new origin row is left before calling it empty', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    expect(screen.queryByText(/Enter an origin/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Origin rule 1'));
    await user.tab();

    expect(screen.getByLabelText('Origin rule 1')).toHaveAccessibleDescription(
      'Enter an origin, such as https://example.org.',
    );
  });
});
