import { defineConfig } from 'vitest/config';
import { zxcvbnWordLists } from './scripts/lib/zxcvbn-word-lists.mjs';
import { ALIASES } from './scripts/lib/aliases.mjs';

// Two projects run one after the other by scripts/test.mjs:
//  - unit: pure logic (node) and DOM adapters/UI (jsdom, chosen per file with `@vitest-environment jsdom`);
//  - e2e: the built extension in real Chromium (and a Firefox smoke test), one file at a time (2 cores).
export default defineConfig({
  esbuild: undefined,
  plugins: [zxcvbnWordLists()],
  resolve: { alias: ALIASES },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          setupFiles: ['test/setup/settle-jsdom.ts', 'test/setup/language-rows.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          expect: { poll: { timeout: 5000, interval: 25 } },
          maxWorkers: 1,
        },
      },
    ],
  },
});
