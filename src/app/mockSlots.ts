import type { ComponentType } from 'react';

/**
 * Places where mock mode plugs its own UI into the app: the start-up of
 * mock mode fills them before the first render. A real build never fills
 * them, so it carries none of that UI.
 */
export const mockSlots: {
  /** The dev toolbar, rendered once beside the routes. */
  toolbar: ComponentType | null;
  /** A hint under the sign-in form, e.g. the seeded tokens. */
  signInHint: ComponentType<{ onPick: (token: string) => void }> | null;
} = { toolbar: null, signInHint: null };
