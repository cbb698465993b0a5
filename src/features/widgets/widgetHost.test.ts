import { describe, expect, it } from 'vitest';

import { checkWidgetHost } from './widgetHost';

const APP = 'https://admin.example.org';

describe('widget host', () => {
  it.each([
    ['https://widgets.example.org', 'https://widgets.example.org'],
    ['https://cdn.example.org/chat/', 'https://cdn.example.org/chat'],
    ['https://widgets.example.org:8443', 'https://widgets.example.org:8443'],
  ])('accepts %s', (raw, base) => {
    expect(checkWidgetHost(raw, APP)).toMatchObject({ ok: true, base });
  });

  it.each([
    [null, /No widget host/],
    ['', /No widget host/],
    ['widgets', /not a URL/],
    ['http://widgets.example.org', /https/],
    ['https://admin.example.org', /this admin app/],
    ['https://localhost', /local or development/],
    ['https://app.localhost', /local or development/],
    ['https://127.0.0.1', /local or development/],
    ['https://[::1]', /local or development/],
    ['https://0.0.0.0', /local or development/],
    ['https://dev.example.org:5173', /local or development/],
    ['https://widgets.example.org/?x=1', /plain URL/],
  ])('refuses %j', (raw, reason) => {
    const result = checkWidgetHost(raw, APP);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
