import { defineConfig } from 'vitest/config';

// Pure logic (identity numbers, formatting, flag rules) in node, and the route shell in jsdom; the pages themselves are
// tested in a real browser (BrowserIT).
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], setupFiles: ['./src/test-setup.ts'] },
});
