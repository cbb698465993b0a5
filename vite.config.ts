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

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiUrl = env.VITE_API_URL ?? '';
  const isTest = mode === 'test';
  const isMock =
    isTest || mode === 'demo' || (command === 'serve' && apiUrl === '');
  const outDir = mode === 'demo' ? 'dist-demo' : 'dist';
  const proxyTarget = apiUrl ? new URL(apiUrl).origin : '';

  return {
    base: env.VITE_BASE ?? '/',
    plugins: [react(), ...(isMock ? [] : [dropMockWorker(outDir)])],
    define: {
      __MOCK_MODE__: JSON.stringify(isMock),
    },
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
        '@mocks': resolve(import.meta.dirname, 'mocks'),
      },
    },
    build: { outDir, emptyOutDir: true },
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
