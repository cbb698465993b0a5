import type { ClipboardEvent } from 'react';

import { t } from '@/lib/i18n';

/** An agent API key: `sak_` and URL-safe base64 (43 chars; 20 is enough). */
const KEY_LIKE = /sak_[A-Za-z0-9_-]{20,}/;

export function looksLikeKey(text: string): boolean {
  return KEY_LIKE.test(text);
}

export function keyRefusal(): string {
  return t('This looks like an API key; never put keys in a web page.');
}

/**
 * A paste handler that refuses key-looking text before it lands in the
 * field, and says why through `onRefuse`.
 */
export function refuseKeyPaste(onRefuse: (message: string) => void) {
  return (event: ClipboardEvent<HTMLElement>) => {
    if (looksLikeKey(event.clipboardData.getData('text'))) {
      event.preventDefault();
      onRefuse(keyRefusal());
    }
  };
}
