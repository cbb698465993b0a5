import { db } from '../db';
import type { UserRecord } from '../records';
import { isPast } from '../time';
import { detail } from './responses';

const NOT_PROVIDED = 'Authentication credentials were not provided.';

/**
 * Reads `Authorization: Token <t>` (or `Bearer <t>`, which Waldur accepts
 * with single sign-on) the way Waldur answers it. Returns the user or the
 * 401 to send.
 */
export function authenticate(request: Request): UserRecord | Response {
  const header = request.headers.get('Authorization');
  if (!header) {
    return detail(401, NOT_PROVIDED, { 'WWW-Authenticate': 'Token' });
  }
  const match = /^(Token|Bearer)\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    return detail(401, 'Invalid token header. No credentials provided.', {
      'WWW-Authenticate': 'Token',
    });
  }
  const user = db.users.find((u) => u.token === match[2]);
  if (!user) {
    return detail(401, 'Invalid token.', { 'WWW-Authenticate': 'Token' });
  }
  if (user.token_expires_at !== null && isPast(user.token_expires_at)) {
    return detail(401, 'Token has expired.', { 'WWW-Authenticate': 'Token' });
  }
  return user;
}
