import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import { chooseLanguage, resetLanguage } from './language';
import { pseudoLocalize } from './pseudo';

const LIST = routes.agents(SEED.orgUuid);

function preferLanguage(tag: string) {
  const owner = db.users.find((user) => user.uuid === SEED.users.owner);
  if (owner) owner.preferred_language = tag;
}

afterEach(() => {
  resetLanguage();
});

it('shows the pages in the pseudo-locale when it is chosen', async () => {
  await chooseLanguage('en-XA');

  renderApp(LIST);

  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: pseudoLocalize('Agents'),
    }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('button', { name: pseudoLocalize('Register agent') }),
  ).toBeInTheDocument();
});

it('formats dates for the language the user prefers in Waldur', async () => {
  preferLanguage('de');

  renderApp(LIST);

  // No German catalogue ships yet: English words, German dates.
  expect(await screen.findAllByText('vorgestern')).not.toHaveLength(0);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Agents' }),
  ).toBeInTheDocument();
});

it('keeps the language a host chose over the user preference', async () => {
  preferLanguage('de');
  await chooseLanguage('fr');

  renderApp(LIST);

  expect(await screen.findAllByText('avant-hier')).not.toHaveLength(0);
});
