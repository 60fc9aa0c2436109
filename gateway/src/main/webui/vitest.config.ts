import { defineConfig } from 'vitest/config';

// Pure logic only (identity numbers, formatting, flag rules); the pages are tested in a real browser (BrowserIT).
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
