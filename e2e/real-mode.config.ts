import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/*
 * The real-mode build against a stub Waldur on another origin: no mock
 * code, sign-in with a token. `npx playwright test -c e2e/real-mode.config.ts`
 * builds it (into a folder of its own) and serves it with the stub.
 */
const APP_PORT = Number(process.env.REAL_APP_PORT ?? 4184);
const STUB_PORT = Number(process.env.REAL_STUB_PORT ?? 4185);
const OUT_DIR = join(tmpdir(), 'site-kit-real-e2e');
const API_URL = `http://127.0.0.1:${STUB_PORT}/api/`;

export default defineConfig({
  ...base,
  testMatch: 'realMode.e2e.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${APP_PORT}` },
  webServer: [
    {
      command: `node e2e/realModeStub.mjs ${STUB_PORT}`,
      url: `http://127.0.0.1:${STUB_PORT}/__stub/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      cwd: '..',
    },
    {
      // The API URL is baked into the build; the preview's CSP allows it.
      command:
        `npx vite build --outDir ${OUT_DIR} --emptyOutDir && ` +
        `npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 ` +
        `--port ${APP_PORT} --strictPort --bypass-lock`,
      env: { VITE_API_URL: API_URL },
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      cwd: '..',
    },
  ],
});

export { API_URL, STUB_PORT };
