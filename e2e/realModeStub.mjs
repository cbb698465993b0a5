// A tiny stand-in for Waldur, for the real-mode e2e test: just what the
// agent list reads, behind token authentication, with the CORS headers a
// cross-origin Waldur sends. `node e2e/realModeStub.mjs <port>`.
// POST /__stub/revoke makes the token invalid (a session that ends);
// POST /__stub/restore makes it valid again.
import { createServer } from 'node:http';

const PORT = Number(process.argv[2] ?? 4185);
export const GOOD_TOKEN = 'good-token';

const ORG = '0b5e7a1f2c3d4e5f8a9b0c1d2e3f4a5b';
const OFFERING = '1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f';
const CREATED = '2026-01-05T10:00:00.000000Z';
const api = (path) => `http://127.0.0.1:${PORT}/api/${path}`;

const user = {
  uuid: '2d3e4f5a6b7c4d8e9f0a1b2c3d4e5f6a',
  url: api('users/2d3e4f5a6b7c4d8e9f0a1b2c3d4e5f6a/'),
  username: 'stub-owner',
  full_name: 'Stub Owner',
  email: 'owner@stub.example.org',
  is_staff: false,
  is_support: false,
  preferred_language: 'en',
  permissions: [
    {
      role_name: 'CUSTOMER.OWNER',
      scope_type: 'customer',
      scope_uuid: ORG,
      scope_name: 'Stub Research Centre',
      customer_uuid: ORG,
      customer_name: 'Stub Research Centre',
      project_uuid: null,
      expiration_time: null,
    },
  ],
};

const customer = {
  uuid: ORG,
  url: api(`customers/${ORG}/`),
  name: 'Stub Research Centre',
  abbreviation: 'SRC',
  display_name: 'Stub Research Centre',
  created: CREATED,
  projects_count: 0,
  users_count: 1,
  is_service_provider: true,
  blocked: false,
  archived: false,
};

const offering = {
  uuid: OFFERING,
  url: api(`marketplace-provider-offerings/${OFFERING}/`),
  name: 'Stub Slurm',
  type: 'Marketplace.Slurm',
  state: 'Active',
  customer_uuid: ORG,
  customer_name: customer.name,
  created: CREATED,
};

const agents = ['stub-agent-alpha', 'stub-agent-beta', 'stub-agent-gamma'].map(
  (name, index) => {
    const uuid = `3e4f5a6b7c8d4e9f8a0b1c2d3e4f5a${index}0`;
    return {
      uuid,
      url: api(`marketplace-site-agent-identities/${uuid}/`),
      offering: OFFERING,
      created_by: null,
      name,
      version: '0.7.3',
      dependencies: [],
      config_file_path: null,
      config_file_content: null,
      last_restarted: CREATED,
      created: CREATED,
      modified: CREATED,
      services: [],
    };
  },
);

let tokenIsValid = true;

function send(request, response, status, body, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': 'X-Result-Count, Link',
    Vary: 'Origin',
    ...headers,
  });
  response.end(
    request.method === 'HEAD' || body === null ? '' : JSON.stringify(body),
  );
}

function list(request, response, items) {
  send(request, response, 200, items, {
    'X-Result-Count': String(items.length),
  });
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
  const path = url.pathname;

  if (request.method === 'OPTIONS') {
    send(request, response, 204, null, {
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
    });
    return;
  }
  if (path === '/__stub/health') return send(request, response, 200, {});
  if (path === '/__stub/revoke' || path === '/__stub/restore') {
    tokenIsValid = path === '/__stub/restore';
    return send(request, response, 200, { tokenIsValid });
  }

  const header = request.headers.authorization;
  if (!header) {
    return send(request, response, 401, {
      detail: 'Authentication credentials were not provided.',
    });
  }
  if (header !== `Token ${GOOD_TOKEN}` || !tokenIsValid) {
    return send(request, response, 401, { detail: 'Invalid token.' });
  }

  if (path === '/api/users/me/') return send(request, response, 200, user);
  if (path === `/api/customers/${ORG}/`) {
    return send(request, response, 200, customer);
  }
  if (path === '/api/marketplace-provider-offerings/') {
    const mine = url.searchParams.get('customer_uuid') === ORG;
    return list(request, response, mine ? [offering] : []);
  }
  if (path === '/api/marketplace-site-agent-identities/') {
    const name = url.searchParams.get('name');
    const forOffering = url.searchParams.get('offering_uuid');
    return list(
      request,
      response,
      agents.filter(
        (a) =>
          (!name || a.name === name) &&
          (!forOffering || a.offering === forOffering),
      ),
    );
  }
  send(request, response, 404, { detail: 'Not found.' });
});

server.listen(PORT, '127.0.0.1');
