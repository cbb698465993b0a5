import { isApiError } from '@/api/errors';

import { t } from './i18n';

/** The sentence a person sees for any failure, in the host's vocabulary. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return t('Something went wrong.');
  if (error.kind === 'network') {
    return t('Cannot reach the server. Check your connection.');
  }
  if (error.kind === 'timeout') return t('The server took too long to answer.');
  if (error.kind === 'unexpected') {
    return error.status >= 500
      ? t('The server is unavailable. Try again in a moment.')
      : t('Unexpected response from the server.');
  }
  // Before the server's "Invalid token.": what happened and what to do,
  // still true once the person has signed in again from the dialog.
  if (error.status === 401) {
    return t(
      'Your session ended before this went through. Sign in and try again.',
    );
  }
  if (error.detail) return error.detail;
  if (error.nonFieldErrors.length > 0) return error.nonFieldErrors.join(' ');
  if (error.status === 403) return t('You do not have permission to do this.');
  if (error.status === 404) return t('Not found.');
  if (error.status >= 500) {
    return t('The server is unavailable. Try again in a moment.');
  }
  if (error.hasFieldErrors) return t('Some fields need attention.');
  return t('The request failed (status {status}).', { status: error.status });
}
