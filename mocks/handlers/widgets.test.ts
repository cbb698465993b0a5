// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { WidgetInput } from '@/api/schemas';

import { MEMBER_TOKEN, SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

const input = (overrides: Partial<WidgetInput> = {}): WidgetInput => ({
  identity: SEED.agentUuid,
  name: 'Docs site',
  theme: 'dark',
  position: 'bottom-left',
  primary_color: '#0d6efd',
  welcome_message: 'Hello',
  placeholder: 'Ask…',
  auto_open: true,
  auto_open_delay: 30,
  language: 'de-CH',
  allowed_origins: ['https://docs.example.org', 'https://*.example.org'],
  is_active: true,
  ...overrides,
});

describe('widgets', () => {
  it('lists the seeded widgets of the first agent', async () => {
    const page = await apiAs().listWidgets({ identityUuid: SEED.agentUuid });

    expect(page.total).toBe(3);
    expect(
      page.items.every((w) => /^wgt_[a-z0-9]{20}$/.test(w.public_id)),
    ).toBe(true);
  });

  it('creates, updates and deletes a widget', async () => {
    const api = apiAs();
    const created = await api.createWidget(input());
    const updated = await api.updateWidget(
      created.uuid,
      input({ theme: 'light' }),
    );
    const fetched = await api.getWidget(created.uuid);
    await api.deleteWidget(created.uuid);

    expect(created.public_id).toMatch(/^wgt_/);
    expect(updated.theme).toBe('light');
    expect(updated.public_id).toBe(created.public_id);
    expect(fetched).toEqual(updated);
    expect((await failure(api.getWidget(created.uuid))).status).toBe(404);
  });

  it('keys origin errors by their index', async () => {
    const error = await failure(
      apiAs().createWidget(
        input({
          allowed_origins: [
            'https://ok.example.org',
            'https://example.org/path',
            'ftp://example.org',
            'http://localhost:5173',
          ],
        }),
      ),
    );

    expect(error.fieldErrors).toEqual({
      allowed_origins: {
        '1': ['Enter a valid origin.'],
        '2': ['Enter a valid origin.'],
      },
    });
  });

  it('validates every field with its own message', async () => {
    const response = await call('marketplace-site-agent-widgets/', {
      method: 'POST',
      body: JSON.stringify({
        ...input(),
        theme: 'neon',
        position: 'top',
        primary_color: 'red',
        welcome_message: 'x'.repeat(501),
        placeholder: 'x'.repeat(151),
        auto_open_delay: 601,
        language: 'english please',
      }),
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(400);
    expect(Object.keys(body).sort()).toEqual([
      'auto_open_delay',
      'language',
      'placeholder',
      'position',
      'primary_color',
      'theme',
      'welcome_message',
    ]);
  });

  it('answers a read-only user with 403', async () => {
    const error = await failure(apiAs(MEMBER_TOKEN).createWidget(input()));

    expect(error.status).toBe(403);
  });
});
