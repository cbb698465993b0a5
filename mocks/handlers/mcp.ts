import { http } from 'msw';

import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';
import { now } from '@/lib/clock';

import { hashKey } from '../apiKeys';
import { db } from '../db';
import { detail, json } from '../http/responses';
import { api, authed } from '../http/routes';
import { uuid } from '../random';
import type { AccessKeyRecord } from '../records';
import { isPast, stamp, utcDate } from '../time';
import { visibleIdentity } from './lookup';
import { answerRpc } from './mcpRpc';

const AGENT = `${WALDUR_PATHS.agents}/:uuid`;

const catalogueOf = (identity: string) =>
  db.mcp.find((m) => m.identity === identity);

/** Tokens as a model would count them: about four characters each. */
const tokensOf = (text: string) => Math.ceil(text.length / 4);

/** Adds one call to the key's usage row of the current UTC day. */
function meter(key: AccessKeyRecord, input: string, output: string): void {
  const at = stamp();
  const date = utcDate(now());
  let row = db.usage.find((u) => u.access === key.uuid && u.date === date);
  if (!row) {
    row = {
      uuid: uuid(db.rng),
      access: key.uuid,
      date,
      tokens_input: 0,
      tokens_output: 0,
      requests: 0,
      created: at,
      modified: at,
    };
    db.usage.push(row);
  }
  row.requests += 1;
  row.tokens_input += tokensOf(input);
  row.tokens_output += tokensOf(output);
  row.modified = at;
  key.last_used_at = at;
}

/** The key check of the MCP endpoint; it takes no admin token. */
async function keyFor(request: Request, identity: string) {
  const plaintext = request.headers.get('X-API-Key');
  if (!plaintext) {
    return detail(401, 'Authentication credentials were not provided.', {
      'WWW-Authenticate': 'X-API-Key',
    });
  }
  const hash = await hashKey(plaintext);
  const key = db.accessKeys.find((k) => k.key_hash === hash);
  if (!key) return detail(401, 'Invalid API key.');
  if (!key.is_active) return detail(403, 'API key is revoked.');
  if (key.expires_at !== null && isPast(key.expires_at)) {
    return detail(403, 'API key has expired.');
  }
  if (key.identity !== identity) {
    return detail(403, 'API key does not belong to this agent.');
  }
  return key;
}

const rpc = http.post(
  api(`${AGENT}/${PROVISIONAL_PATHS.mcp}`),
  async ({ request, params }) => {
    const identityUuid = String(params.uuid);
    const key = await keyFor(request, identityUuid);
    if (key instanceof Response) return key;
    const identity = db.identities.find((i) => i.uuid === identityUuid);
    if (!identity) return detail(404, 'Not found.');

    const input = await request.text();
    let body: unknown;
    try {
      body = JSON.parse(input);
    } catch {
      body = undefined;
    }
    const answer =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? answerRpc(
            identity,
            catalogueOf(identity.uuid),
            body as Record<string, unknown>,
          )
        : {
            jsonrpc: '2.0' as const,
            id: null,
            error: { code: -32700, message: 'Parse error' },
          };
    meter(key, input, JSON.stringify(answer));
    return json(answer);
  },
);

export const mcpHandlers = [
  http.get(
    api(`${AGENT}/${PROVISIONAL_PATHS.mcpTools}`),
    authed(({ params, user }) => {
      const identity = visibleIdentity(user, params.uuid ?? '');
      return json(catalogueOf(identity.uuid)?.tools ?? []);
    }),
  ),
  http.get(
    api(`${AGENT}/${PROVISIONAL_PATHS.mcpResources}`),
    authed(({ params, user }) => {
      const identity = visibleIdentity(user, params.uuid ?? '');
      return json(catalogueOf(identity.uuid)?.resources ?? []);
    }),
  ),
  rpc,
];
