import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const WORKER_FILE = 'mockServiceWorker.js';

// Vite copies public/ as a whole; a real-mode build must not ship the mock
// worker, so it is removed from the output after the copy.
function dropMockWorker(outDir: string): Plugin {
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    async closeBundle() {
      await rm(resolve(outDir, WORKER_FILE), { force: true });
    },
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

  return {
    base: env.VITE_BASE ?? '/',
    plugins: [react(), ...(isMock ? [] : [dropMockWorker(outDir)])],
    define: {
      __MOCK_MODE__: JSON.stringify(isMock),
      'import.meta.env.VITE_WIDGET_HOST': JSON.stringify(widgetHost),
    },
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
        '@mocks': resolve(import.meta.dirname, 'mocks'),
      },
    },
    build: { outDir, emptyOutDir: true },
    preview: {
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(proxyTarget),
      },
    },
    server: {
      // Against a real Waldur the dev server proxies /api so that no CORS
      // setup is needed on the backend.
      proxy: proxyTarget
        ? { '/api': { target: proxyTarget, changeOrigin: true } }
        : undefined,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 15000,
    },
  };
});
