// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createValidator, type OpenApiDocument } from './contract/openapi';
import { db } from './db';
import { MANAGER_TOKEN, MEMBER_TOKEN, SEED, STAFF_TOKEN } from './seed';
import { call } from './testing';

// The schema lives beside the repository (../shared/), never inside it.
const SPEC = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/waldur-openapi-8.0.5-subset.json',
);
const hasSpec = existsSync(SPEC);

function validator() {
  return createValidator(
    JSON.parse(readFileSync(SPEC, 'utf8')) as OpenApiDocument,
  );
}

async function body(path: string, token?: string): Promise<unknown> {
  const response = await call(path, token ? { token } : {});
  expect(response.status).toBe(200);
  return response.json();
}

describe.skipIf(!hasSpec)(
  `Waldur endpoints against ${hasSpec ? 'the OpenAPI schema' : `${SPEC} (missing: skipped)`}`,
  () => {
    it('answers users/me as Waldur’s User for every seeded role', async () => {
      const { validateResponse } = validator();
      for (const token of [
        undefined,
        MEMBER_TOKEN,
        MANAGER_TOKEN,
        STAFF_TOKEN,
      ]) {
        expect(
          validateResponse('/api/users/me/', await body('users/me/', token)),
        ).toEqual([]);
      }
    });

    it('answers organizations, projects and offerings as Waldur does', async () => {
      const { validateResponse } = validator();
      const org = await body(`customers/${SEED.orgUuid}/`);
      const projects = await body(
        `projects/?customer=${SEED.orgUuid}&page_size=300`,
      );
      const offerings = await body(
        `marketplace-provider-offerings/?customer_uuid=${SEED.orgUuid}`,
      );

      expect(validateResponse('/api/customers/{uuid}/', org)).toEqual([]);
      expect(validateResponse('/api/projects/', projects)).toEqual([]);
      expect(
        validateResponse('/api/marketplace-provider-offerings/', offerings),
      ).toEqual([]);
    });

    it('answers every agent, service and processor as Waldur does', async () => {
      const { validateResponse } = validator();
      const agents = await body(
        'marketplace-site-agent-identities/?page_size=300',
        STAFF_TOKEN,
      );
      const services = await body(
        'marketplace-site-agent-services/?page_size=300',
        STAFF_TOKEN,
      );
      const processors = await body(
        'marketplace-site-agent-processors/?page_size=300',
        STAFF_TOKEN,
      );

      expect((agents as unknown[]).length).toBe(db.identities.length);
      expect(
        validateResponse('/api/marketplace-site-agent-identities/', agents),
      ).toEqual([]);
      expect(
        validateResponse('/api/marketplace-site-agent-services/', services),
      ).toEqual([]);
      expect(
        validateResponse('/api/marketplace-site-agent-processors/', processors),
      ).toEqual([]);
    });

    it('answers details and a newly created agent as Waldur does', async () => {
      const { validateResponse } = validator();
      const service = db.services[0]!;
      const processor = db.processors[0]!;
      const created = await call('marketplace-site-agent-identities/', {
        method: 'POST',
        body: JSON.stringify({ offering: SEED.slurmOfferingUuid, name: 'new' }),
      });

      expect(created.status).toBe(201);
      expect(
        validateResponse(
          '/api/marketplace-site-agent-identities/{uuid}/',
          await created.json(),
        ),
      ).toEqual([]);
      for (const uuid of [SEED.agentUuid, SEED.orphanedAgentUuid]) {
        const agent = await body(`marketplace-site-agent-identities/${uuid}/`);
        expect(
          validateResponse(
            '/api/marketplace-site-agent-identities/{uuid}/',
            agent,
          ),
        ).toEqual([]);
      }
      expect(
        validateResponse(
          '/api/marketplace-site-agent-services/{uuid}/',
          await body(`marketplace-site-agent-services/${service.uuid}/`),
        ),
      ).toEqual([]);
      expect(
        validateResponse(
          '/api/marketplace-site-agent-processors/{uuid}/',
          await body(`marketplace-site-agent-processors/${processor.uuid}/`),
        ),
      ).toEqual([]);
    });

    it('catches a response that breaks the schema', async () => {
      const { validateResponse } = validator();
      const agent = (await body(
        `marketplace-site-agent-identities/${SEED.agentUuid}/`,
      )) as Record<string, unknown>;
      const broken = {
        ...agent,
        uuid: 'b180bd21-e84b-44ee-b774-f220aabb67b7',
        name: undefined,
      };
      delete broken.name;

      expect(
        validateResponse(
          '/api/marketplace-site-agent-identities/{uuid}/',
          broken,
        ),
      ).toEqual([
        '(root): missing required "name"',
        'uuid: "b180bd21-e84b-44ee-b774-f220aabb67b7" is not a uuid',
      ]);
    });
  },
);
