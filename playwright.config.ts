import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the test runner script
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT || 5180);

// End-to-end tests of the built renderer in a real Chromium with real IndexedDB.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(PORT), ...(process.env.BATON_WEB_ROOT ? { BATON_WEB_ROOT: process.env.BATON_WEB_ROOT } : {}) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
