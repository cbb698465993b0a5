import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Connect, type Plugin } from 'vite';

const WORKER_FILE = 'mockServiceWorker.js';
const TESTS = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'];
const MODULE_MOCK_TESTS = [
  'src/app/failureStates.test.tsx',
  'src/app/mount.test.tsx',
  'src/features/usage/UsageCharts.test.tsx',
  'src/features/widgets/WidgetForm.test.tsx',
  'src/features/widgets/WidgetsPage.test.tsx',
];

// Vite copies public/ as a whole; a real-mode build must not ship the mock
// worker, so it is removed from the output after the copy.
function dropMockWorker(outDir: string): Plugin {
  // `--outDir` on the command line wins over the config: use the resolved one.
  let dir = outDir;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await rm(resolve(dir, WORKER_FILE), { force: true });
    },
  };
}

/*
 * The example host page (src/host) owns every path under it, as a host
 * application would, so that the kit's deep links there survive a reload.
 */
function hostPageFallback(base: string): Plugin {
  const page = `${base}src/host`;
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const isUnderPage = path === page || path.startsWith(`${page}/`);
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (isUnderPage && !isFile && req.headers.accept?.includes('text/html')) {
      req.url = `${page}/index.html`;
    }
    next();
  };
  return {
    name: 'host-page-fallback',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

/*
 * The preview (and so the e2e) server sends a strict policy: no inline
 * scripts, no eval, nothing from other origins but the API. The dev server
 * is left without one, since React Refresh injects an inline script.
 */
function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Bootstrap draws form controls with data: SVGs; the favicon is data:.
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiUrl = env.VITE_API_URL ?? '';
  const isTest = mode === 'test';
  const isMock =
    isTest || mode === 'demo' || (command === 'serve' && apiUrl === '');
  const outDir = mode === 'demo' ? 'dist-demo' : 'dist';
  // Mock mode has a fictional widget host so that designers and developers
  // see embed code; a real deployment sets its own or sees a notice.
  const widgetHost =
    env.VITE_WIDGET_HOST ??
    (isMock && !isTest ? 'https://widgets.example.org' : '');
  const proxyTarget = apiUrl ? new URL(apiUrl).origin : '';
  // `npm run dev` against a real Waldur: the app calls the API path on its
  // own origin and the dev server proxies it, so no CORS setup is needed.
  const apiPath = apiUrl ? new URL(apiUrl).pathname : '/api/';
  const devProxy = command === 'serve' && !isMock && proxyTarget !== '';

  return {
    base: env.VITE_BASE ?? '/',
    plugins: [
      react(),
      hostPageFallback(env.VITE_BASE ?? '/'),
      ...(isMock ? [] : [dropMockWorker(outDir)]),
    ],
    define: {
      __MOCK_MODE__: JSON.stringify(isMock),
      'import.meta.env.VITE_WIDGET_HOST': JSON.stringify(widgetHost),
      ...(devProxy
        ? { 'import.meta.env.VITE_API_URL': JSON.stringify(apiPath) }
        : {}),
    },
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
        '@mocks': resolve(import.meta.dirname, 'mocks'),
      },
    },
    build: {
      outDir,
      emptyOutDir: true,
      // The demo build also carries the example host page (src/host).
      rolldownOptions: isMock
        ? {
            input: {
              main: resolve(import.meta.dirname, 'index.html'),
              host: resolve(import.meta.dirname, 'src/host/index.html'),
            },
          }
        : undefined,
    },
    preview: {
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(proxyTarget),
      },
    },
    server: {
      // Against a real Waldur the dev server proxies /api so that no CORS
      // setup is needed on the backend.
      proxy: proxyTarget
        ? {
            [apiPath.replace(/\/$/, '')]: {
              target: proxyTarget,
              changeOrigin: true,
            },
          }
        : undefined,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['src/testing/setup.ts'],
      restoreMocks: true,
      testTimeout: 15000,
      // Vitest leaves a core idle by default; two workers on two cores.
      pool: 'threads',
      maxWorkers: 2,
      // Most files share a worker's environment, which halves the suite's
      // time; files that replace modules with vi.mock need their own.
      projects: [
        {
          extends: true,
          test: { name: 'module-mocks', include: MODULE_MOCK_TESTS },
        },
        {
          extends: true,
          test: {
            name: 'shared',
            include: TESTS,
            exclude: MODULE_MOCK_TESTS,
            isolate: false,
          },
        },
      ],
    },
  };
});
