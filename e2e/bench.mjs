// `npm run bench`: builds the production and demo builds, measures what the
// agent list's first load costs (in the build's chunk graph, and in
// Chromium: the production build against the stub Waldur of the real-mode
// e2e test) and how each route of the demo behaves in Chromium, prints a
// table and exits non-zero when a budget is exceeded.
//
// Sizes are gzip level 9 (node:zlib) in kB of 1,000 bytes, as in Vite's
// build report.
// Times are wall-clock from navigation start to the first row or form field,
// median of several cold loads (a new browser context each: empty cache, no
// service worker, fresh mock data).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';
import { build } from 'vite';

import {
  chromiumArgs,
  freePort,
  startPreview,
  stopPreview,
} from './preview.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// vite.config.ts reads the env files of the working directory.
process.chdir(ROOT);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The production build goes beside the real-mode e2e build, not into dist/.
const PRODUCTION_DIR = join(tmpdir(), 'site-kit-bench');

const BUDGET = {
  /** Gzipped JavaScript of the agent list's first load, production build. */
  listFirstLoadKb: 130,
  /** Median time to first content, per route; generous for a 2-core box. */
  firstContentMs: 5000,
  /** The `many` scenario may take this much longer than the default one. */
  manyRatio: 1.5,
  /** More table rows than this on one page means the page did not paginate. */
  maxRows: 100,
};

/**
 * How many API answers, one after another, each route waits for before it
 * shows content: its real dependencies and nothing more. The list's first
 * page needs the organization's offerings, then the first page of each;
 * an agent's tab needs nothing but its address.
 */
const ROUNDS = { list: 2, configure: 1, widgets: 1, keys: 1, usage: 1 };

/** Modules that must not load before a page that uses them asks for them. */
const NOT_IN_LIST_FIRST_LOAD = [
  ['the chart library (uplot)', /\/node_modules\/uplot\//],
  ['the YAML checker (yaml)', /\/node_modules\/yaml\//],
  ['react-hook-form', /\/node_modules\/(react-hook-form|@hookform)\//],
  ['the widget preview', /\/src\/features\/widgets\/WidgetPreview/],
  ['msw', /\/node_modules\/(msw|@mswjs)\//],
  ['mock code', /\/mocks\//],
];

const gz = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => (bytes / 1000).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const failures = [];
const fail = (message) => failures.push(message);

/** Records every emitted chunk's modules and imports (the manifest's source). */
function chunkGraph(graph) {
  return {
    name: 'bench-chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        graph.set(item.fileName, {
          code: item.code,
          isEntry: item.isEntry,
          facade: item.facadeModuleId ?? '',
          imports: item.imports,
          moduleIds: item.moduleIds ?? Object.keys(item.modules),
        });
      }
    },
  };
}

async function buildMode(mode, { outDir, env = {} } = {}) {
  const graph = new Map();
  // The Vite config reads VITE_ variables from the environment.
  Object.assign(process.env, env);
  try {
    await build({
      root: ROOT,
      mode,
      logLevel: 'warn',
      plugins: [chunkGraph(graph)],
      ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
    });
  } finally {
    Object.keys(env).forEach((name) => delete process.env[name]);
  }
  return graph;
}

/** A chunk and everything it imports statically. */
function closure(graph, fileNames) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !graph.has(name)) return;
    seen.add(name);
    graph.get(name).imports.forEach(visit);
  };
  fileNames.forEach(visit);
  return seen;
}

function findChunk(graph, test) {
  for (const [name, chunk] of graph) if (test(chunk)) return name;
  throw new Error('chunk not found');
}

function listFirstLoad(graph) {
  const entry = findChunk(graph, (c) => c.isEntry);
  const page = findChunk(graph, (c) =>
    c.facade.endsWith('/src/features/agents/AgentListPage.tsx'),
  );
  return closure(graph, [entry, page]);
}

function measureStatic(graph) {
  const files = [...listFirstLoad(graph)];
  const rows = files
    .map((name) => ({ name, gz: gz(graph.get(name).code) }))
    .sort((a, b) => b.gz - a.gz);
  const total = rows.reduce((sum, row) => sum + row.gz, 0);

  console.log('\nAgent list first load (production build, gzip -9):');
  for (const row of rows) {
    console.log(`  ${kb(row.gz).padStart(7)} kB  ${row.name}`);
  }
  const within = total <= BUDGET.listFirstLoadKb * 1000;
  console.log(
    `  ${kb(total).padStart(7)} kB  total, budget ${BUDGET.listFirstLoadKb} kB: ${within ? 'ok' : 'OVER'}`,
  );
  if (!within) {
    fail(
      `agent list first load is ${kb(total)} kB gz, budget ${BUDGET.listFirstLoadKb} kB`,
    );
  }

  const modules = files.flatMap((name) => graph.get(name).moduleIds);
  for (const [label, pattern] of NOT_IN_LIST_FIRST_LOAD) {
    const found = modules.filter((id) => pattern.test(id));
    const where = found.length ? `LOADED (${found.length} modules)` : 'absent';
    console.log(`  ${label}: ${where}`);
    if (found.length) fail(`${label} is in the agent list's first load`);
  }
  return total;
}

/** Chunks of the demo build that exist only for mock mode. */
function mockChunks(graph) {
  const isMock = (id) => /\/mocks\/|\/node_modules\/(msw|@mswjs)\//.test(id);
  return new Set(
    [...graph]
      .filter(([, chunk]) => chunk.moduleIds.some(isMock))
      .map(([name]) => name),
  );
}

/** The seeded organization and first agent, read from the seed's source. */
async function seedIds() {
  const ids = await readFile(resolve(ROOT, 'mocks/seed/ids.ts'), 'utf8');
  const index = await readFile(resolve(ROOT, 'mocks/seed/index.ts'), 'utf8');
  const lookup = (key) => {
    const ref = new RegExp(`\\b${key}: (\\w+)\\.(\\w+)`).exec(index);
    if (!ref) throw new Error(`SEED.${key} not found in mocks/seed/index.ts`);
    const block = new RegExp(`${ref[1]} = \\{([^}]*)\\}`).exec(ids)?.[1];
    const uuid = new RegExp(`\\b${ref[2]}: '([0-9a-f]{32})'`).exec(block ?? '');
    if (!uuid) throw new Error(`${ref[1]}.${ref[2]} not found in ids.ts`);
    return uuid[1];
  };
  return { org: lookup('orgUuid'), agent: lookup('agentUuid') };
}

async function coldLoad(browser, url, selector, mock, token = null) {
  const context = await browser.newContext();
  if (token) {
    // A signed-in admin: the kit keeps the token for the tab.
    await context.addInitScript(
      ([key, value]) => sessionStorage.setItem(key, value),
      ['site-kit:token', token],
    );
  }
  const page = await context.newPage();
  const bodies = [];
  let api = 0;
  // The organization's agents: the sum of the counts of its offerings'
  // agent lists, whether the list asked with HEAD or GET.
  const counts = new Map();
  page.on('request', (request) => {
    if (request.url().includes('/api/')) api += 1;
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) {
      bodies.push(
        response.body().then((body) => ({ pathname, size: gz(body) })),
      );
    }
    if (pathname.endsWith('/api/marketplace-site-agent-identities/')) {
      const count = response.headers()['x-result-count'];
      if (count === undefined) return;
      const offering = new URL(response.url()).searchParams.get(
        'offering_uuid',
      );
      counts.set(offering ?? '', Number(count));
    }
  });
  const start = performance.now();
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'visible', timeout: 30_000 });
  const ms = performance.now() - start;
  const rows = await page.locator('main table tbody tr').count();
  const sizes = await Promise.all(bodies);
  await context.close();
  const isMock = (p) => mock.has(p.replace(/^\//, ''));
  const sum = (list) => list.reduce((total, item) => total + item.size, 0);
  return {
    ms,
    api,
    agentCount: counts.size
      ? [...counts.values()].reduce((total, count) => total + count, 0)
      : null,
    rows,
    appJs: sum(sizes.filter((s) => !isMock(s.pathname))),
    mockJs: sum(sizes.filter((s) => isMock(s.pathname))),
  };
}

async function measureRoute(browser, url, selector, mock, token = null) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await coldLoad(browser, url, selector, mock, token));
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    ms: pick('ms'),
    min: Math.min(...runs.map((r) => r.ms)),
    max: Math.max(...runs.map((r) => r.ms)),
    api: pick('api'),
    appJs: pick('appJs'),
    mockJs: pick('mockJs'),
    agentCount: runs[0].agentCount,
    rows: Math.max(...runs.map((r) => r.rows)),
  };
}

function printRoutes(results) {
  const header = [
    'route'.padEnd(10),
    'app JS gz'.padStart(10),
    'mock JS gz'.padStart(11),
    'first content (median, min–max)'.padEnd(33),
    'API req'.padStart(7),
    '  budget',
  ].join(' ');
  console.log(
    `\nDemo build in Chromium, ${RUNS} cold loads per route ` +
      '(its app JS carries the mock-mode toolbar too):',
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of results) {
    const time = `${Math.round(r.ms)} ms (${Math.round(r.min)}–${Math.round(r.max)})`;
    console.log(
      [
        r.name.padEnd(10),
        `${kb(r.appJs)} kB`.padStart(10),
        `${kb(r.mockJs)} kB`.padStart(11),
        time.padEnd(33),
        String(r.api).padStart(7),
        `  ${r.status}`,
      ].join(' '),
    );
  }
}

/**
 * The API requests of one cold load in the `slow` scenario, where every
 * answer takes 1.5 s, so that a request sent after another's answer waited
 * for it (loading code takes far less). A request's round is one more than
 * the latest round that had answered when it was sent.
 */
async function requestRounds(browser, url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = new Map();
  const t0 = performance.now();
  page.on('request', (request) => {
    if (!request.url().includes('/api/')) return;
    requests.set(request, { start: performance.now() - t0, end: Infinity });
  });
  const finish = (request) => {
    const entry = requests.get(request);
    if (entry) entry.end = performance.now() - t0;
  };
  // An answer counts from its headers: that is when the app's fetch resolves.
  page.on('response', (response) => finish(response.request()));
  page.on('requestfailed', finish);
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  const shown = performance.now() - t0;
  await context.close();

  const sent = [...requests]
    .filter(([, entry]) => entry.start < shown)
    .map(([request, entry]) => {
      const { pathname } = new URL(request.url());
      const name = pathname
        .replace(/^.*\/api\//, '')
        .replace(/\/$/, '')
        .replace(/[0-9a-f]{32}/g, ':uuid');
      const method = request.method();
      return { ...entry, label: method === 'GET' ? name : `${method} ${name}` };
    })
    .sort((a, b) => a.start - b.start);
  for (const request of sent) {
    const before = sent.filter((other) => other.end <= request.start);
    request.round = 1 + Math.max(0, ...before.map((other) => other.round));
  }
  return sent;
}

async function measureRounds(browser, url, routes) {
  console.log(
    '\nRequest rounds before content, slow scenario (every answer 1.5 s):',
  );
  for (const route of routes) {
    const sent = await requestRounds(
      browser,
      `${url}${route.path}?scenario=slow`,
      route.selector,
    );
    const rounds = Math.max(...sent.map((r) => r.round));
    const within = rounds <= ROUNDS[route.name];
    if (!within) {
      fail(
        `${route.name}: ${rounds} request rounds, budget ${ROUNDS[route.name]}`,
      );
    }
    const byRound = Array.from({ length: rounds }, (_, i) => {
      const labels = sent.filter((r) => r.round === i + 1).map((r) => r.label);
      const counted = [...new Set(labels)].map((label) => {
        const n = labels.filter((l) => l === label).length;
        return n > 1 ? `${label} ×${n}` : label;
      });
      return `${i + 1}: ${counted.join(', ')}`;
    });
    console.log(
      `  ${route.name.padEnd(10)} ${rounds} (budget ${ROUNDS[route.name]}): ` +
        `${within ? 'ok' : 'OVER'}\n` +
        byRound.map((line) => `      ${line}`).join('\n'),
    );
  }
}

/** The stub Waldur's organization and token, read from its source. */
async function stubIds() {
  const source = await readFile(resolve(ROOT, 'e2e/realModeStub.mjs'), 'utf8');
  const org = /const ORG = '([0-9a-f]{32})'/.exec(source)?.[1];
  const token = /GOOD_TOKEN = '([^']+)'/.exec(source)?.[1];
  if (!org || !token) throw new Error('ORG or GOOD_TOKEN not found in stub');
  return { org, token };
}

async function startStub(port) {
  const child = spawn('node', ['e2e/realModeStub.mjs', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 50; i += 1) {
    try {
      const health = `http://127.0.0.1:${port}/__stub/health`;
      if ((await fetch(health)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopPreview(child);
  throw new Error(`the stub Waldur did not answer on port ${port}`);
}

/**
 * What a signed-in admin's browser really downloads for the agent list:
 * the production build, served with its Content-Security-Policy, talking
 * to the stub Waldur on another origin.
 */
async function measureProductionList(browser, { stubPort, apiUrl }) {
  const stub = await startStub(stubPort);
  const { child, url } = await startPreview({
    outDir: PRODUCTION_DIR,
    mode: 'production',
    env: { VITE_API_URL: apiUrl },
  });
  try {
    const { org, token } = await stubIds();
    const r = await measureRoute(
      browser,
      `${url}/organization/${org}/agents/`,
      'main table tbody tr',
      new Set(),
      token,
    );
    const within = r.appJs <= BUDGET.listFirstLoadKb * 1000;
    if (!within) {
      fail(
        `the agent list transferred ${kb(r.appJs)} kB of JavaScript, ` +
          `budget ${BUDGET.listFirstLoadKb} kB`,
      );
    }
    console.log(
      `\nAgent list in Chromium, production build against a stub Waldur, ` +
        `${RUNS} cold loads:\n` +
        `  JavaScript transferred ${kb(r.appJs)} kB gz ` +
        `(budget ${BUDGET.listFirstLoadKb} kB): ${within ? 'ok' : 'OVER'}\n` +
        `  first row ${Math.round(r.ms)} ms (median), API requests ${r.api}`,
    );
  } finally {
    stopPreview(child);
    stopPreview(stub);
  }
}

async function main() {
  console.log(
    `bench: node ${process.version}, ${cpus().length} cores, ${RUNS} runs/route`,
  );
  console.log('Building the production build (vite build)…');
  const stubPort = await freePort();
  const apiUrl = `http://127.0.0.1:${stubPort}/api/`;
  const production = await buildMode('production', {
    outDir: PRODUCTION_DIR,
    env: { VITE_API_URL: apiUrl },
  });
  measureStatic(production);

  console.log('\nBuilding the demo build (vite build --mode demo)…');
  const demo = await buildMode('demo');
  const mock = mockChunks(demo);

  const { org, agent } = await seedIds();
  const base = `/organization/${org}/agents/`;
  const routes = [
    { name: 'list', path: base, selector: 'main table tbody tr' },
    {
      name: 'configure',
      path: `${base}${agent}/configure/`,
      selector: 'main form input',
    },
    {
      name: 'widgets',
      path: `${base}${agent}/widgets/`,
      selector: 'main table tbody tr',
    },
    {
      name: 'keys',
      path: `${base}${agent}/keys/`,
      selector: 'main table tbody tr',
    },
    {
      name: 'usage',
      path: `${base}${agent}/usage/`,
      selector: 'main table tbody tr',
    },
  ];

  const { child, url } = await startPreview();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: await chromiumArgs(),
  });
  const results = [];
  try {
    await measureProductionList(browser, { stubPort, apiUrl });
    console.log(`\nServing dist-demo at ${url}`);
    for (const route of routes) {
      const r = await measureRoute(
        browser,
        `${url}${route.path}`,
        route.selector,
        mock,
      );
      const problems = [];
      if (r.ms > BUDGET.firstContentMs) {
        problems.push(`> ${BUDGET.firstContentMs} ms`);
      }
      problems.forEach((p) => fail(`${route.name}: ${p}`));
      const limits = `≤ ${BUDGET.firstContentMs} ms`;
      results.push({
        ...route,
        ...r,
        status: `${limits}: ${problems.length ? `OVER (${problems.join(', ')})` : 'ok'}`,
      });
    }
    printRoutes(results);
    await measureRounds(browser, url, routes);

    await measureMany(browser, url, routes, results, mock);
  } finally {
    await browser.close();
    stopPreview(child);
  }
}

/**
 * The `many` scenario (5,000 agents, 500 keys) must stay within 1.5 times
 * the default scenario's time. It counts as available when the agent list
 * then reports more agents than the default seed has.
 */
async function measureMany(browser, url, routes, results, mock) {
  const list = results.find((r) => r.name === 'list');
  const probe = await coldLoad(
    browser,
    `${url}${routes[0].path}?scenario=many`,
    routes[0].selector,
    mock,
  );
  if (probe.agentCount === null || probe.agentCount <= list.agentCount) {
    console.log('\nmany scenario: not available');
    return;
  }
  console.log(
    `\nmany scenario (${probe.agentCount} agents in the organization), ` +
      'compared with the default:',
  );
  for (const route of routes) {
    const base = results.find((r) => r.name === route.name);
    const r = await measureRoute(
      browser,
      `${url}${route.path}?scenario=many`,
      route.selector,
      mock,
    );
    const ratio = r.ms / base.ms;
    const fast = ratio <= BUDGET.manyRatio;
    // A page that rendered thousands of rows did not paginate.
    const paginated = r.rows <= BUDGET.maxRows;
    if (!fast) {
      fail(`${route.name} in the many scenario: ${ratio.toFixed(2)}× default`);
    }
    if (!paginated) {
      fail(`${route.name} in the many scenario shows ${r.rows} rows`);
    }
    console.log(
      `  ${route.name.padEnd(10)} ${String(Math.round(r.ms)).padStart(6)} ms  ` +
        `${ratio.toFixed(2)}× default (budget ${BUDGET.manyRatio}×): ${fast ? 'ok' : 'OVER'}` +
        `  API req ${r.api}  rows ${r.rows}${paginated ? '' : ' (NOT PAGINATED)'}`,
    );
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exit(2);
}
if (failures.length) {
  console.error(`\nBudgets exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
