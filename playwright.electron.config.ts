import { defineConfig } from '@playwright/test';

// End-to-end test of the desktop app itself (Electron), separate from the browser tests of
// playwright.config.ts. Needs the app built (`npx electron-vite build`) and Electron's
// binary; where the binary could not be installed, the test reports itself skipped.
export default defineConfig({
  testDir: 'test/electron',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One Electron app at a time: each test owns a profile folder and a window.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-reports/electron.json' }]],
  use: { trace: 'off' },
});
