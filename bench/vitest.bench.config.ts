import { defineConfig } from 'vitest/config';

// Node-side benchmarks (live sessions, .baton files), run by bench/run.mjs; not part of npm test.
export default defineConfig({
  test: {
    include: ['bench/node/**/*.bench-test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
