import { screen } from '@testing-library/react';

import { renderApp } from '@/testing/render';

/**
 * Opens a widgets page (pass one of an agent without widgets, so Create is
 * the only button of that name) and clicks Create.
 */
export async function openNewWidgetForm(path: string) {
  const app = renderApp(path);
  // The first test of a file pays for the lazy route's cold import.
  const create = await screen.findByRole(
    'button',
    { name: 'Create widget' },
    { timeout: 5000 },
  );
  await app.user.click(create);
  return app;
}

/** A part of the live preview, found inside its shadow root. */
export function previewPart(selector: string): HTMLElement {
  const host = screen.getByRole('region', { name: 'Widget preview' });
  const part = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!part) throw new Error(`No ${selector} in the preview`);
  return part;
}
