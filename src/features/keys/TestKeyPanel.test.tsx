import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SEED, SEEDED_KEY_PLAINTEXTS as KEYS } from '@mocks/seed';

import { renderApp } from '@/testing/render';

import { rowOf } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;

async function testKey(plaintext: string, url = KEYS_URL) {
  const app = renderApp(url);
  await screen.findByRole('table', {}, { timeout: 5_000 });
  const field = screen.getByLabelText('API key to test');
  await app.user.click(field);
  await app.user.paste(plaintext);
  await app.user.click(screen.getByRole('button', { name: 'Test key' }));
  return { ...app, field };
}

describe('TestKeyPanel', () => {
  it('says a valid key works, clears it and shows the new last use', async () => {
    const { field } = await testKey(KEYS.active, `${KEYS_URL}?q=Website`);

    expect(
      await screen.findByText(/^Key works: \d+ tools$/),
    ).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('type', 'password');
    expect(
      await rowOf('Website chat backend').findByText('just now'),
    ).toBeInTheDocument();
  });

  it('says in plain words that a revoked key is refused', async () => {
    await testKey(KEYS.revoked);

    expect(
      await screen.findByText('Refused: API key is revoked.'),
    ).toBeInTheDocument();
  });

  it('says an expired key is refused', async () => {
    await testKey(KEYS.expired);

    expect(
      await screen.findByText('Refused: API key has expired.'),
    ).toBeInTheDocument();
  });

  it('refuses a key of another agent with the server reason', async () => {
    await testKey(KEYS.otherAgent);

    expect(await screen.findByText(/^Refused: .*agent/)).toBeInTheDocument();
  });

  it('names an unknown key without signing the admin out', async () => {
    await testKey('sak_thisKeyDoesNotExistAnywhereAtAll000000000000');

    expect(
      await screen.findByText(/^Unknown key: .*\(Invalid API key\.\)$/),
    ).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});
