import {defineConfig} from 'vitest/config';

// Benchmarks run one file at a time so they do not compete for the machine's 2 cores.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    globalSetup: ['test/setup/global-setup.ts', 'bench/report-setup.ts'],
  },
});
