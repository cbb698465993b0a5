import { isApiError } from '@/api/errors';
import type { McpRpcResponse } from '@/api/schemas';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

export type KeyTestResult =
  { ok: true; message: string } | { ok: false; message: string };

function countTools(result: unknown): number | null {
  if (typeof result !== 'object' || result === null) return null;
  const tools = (result as { tools?: unknown }).tools;
  return Array.isArray(tools) ? tools.length : null;
}

/** What a `tools/list` answer means for the person testing the key. */
export function describeAnswer(answer: McpRpcResponse): KeyTestResult {
  if (answer.error) {
    return {
      ok: false,
      message: t(
        'The key was accepted, but the agent answered with an error: {message}',
        {
          message: answer.error.message,
        },
      ),
    };
  }
  const count = countTools(answer.result);
  return {
    ok: true,
    message:
      count === null
        ? t('Key works.')
        : t('Key works: {count} tools', { count }),
  };
}

/**
 * A refusal in plain words, with the server's own reason. Never includes
 * the key: error text can end up in reports and screenshots.
 */
export function describeRefusal(error: unknown): KeyTestResult {
  if (isApiError(error) && error.status === 401) {
    return {
      ok: false,
      message: t(
        'Unknown key: the server does not recognise it. Check that it was copied whole. ({detail})',
        {
          detail: error.detail ?? t('Invalid API key.'),
        },
      ),
    };
  }
  if (isApiError(error) && error.status === 403) {
    return {
      ok: false,
      message: t('Refused: {detail}', {
        detail: error.detail ?? t('this key may not call this agent.'),
      }),
    };
  }
  return { ok: false, message: describeError(error) };
}
