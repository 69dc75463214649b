import {defineConfig} from 'vitest/config';

// The app runs React's production build (the bundle defines NODE_ENV=production); the in-process
// screen benches should measure that, not the development build vitest would load under
// NODE_ENV=test (concept-tree key-to-frame p95: 15 ms with it, 11 ms without, same machine).
process.env.NODE_ENV = 'production';

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
