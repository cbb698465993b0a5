// Serving a demo build and launching Chromium for the scripts that measure
// (bench) or take pictures (screenshots) outside Playwright's test runner.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** The Chromium flags of the e2e tests, from their one definition. */
export async function chromiumArgs() {
  const text = await readFile(
    resolve(ROOT, 'e2e/playwright.config.ts'),
    'utf8',
  );
  const block = /CHROMIUM_ARGS = \[([^\]]*)\]/.exec(text)?.[1];
  if (!block) throw new Error('CHROMIUM_ARGS not found in playwright.config');
  return [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * `vite preview` of a build (the demo build unless told) on a free port,
 * once it answers. `env` reaches the Vite config, e.g. the API URL that the
 * preview's Content-Security-Policy allows.
 */
export async function startPreview({ outDir, mode = 'demo', env = {} } = {}) {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--mode',
      mode,
      ...(outDir ? ['--outDir', outDir] : []),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      // Another preview of this project (an e2e run) may be up meanwhile.
      '--bypass-lock',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) return { child, url };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on ${url}`);
}

export function stopPreview(child) {
  // npx → node: the preview runs in its own process group; end that group.
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
