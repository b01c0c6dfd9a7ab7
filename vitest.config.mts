import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'plugins/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      // Checks of the production build; run after `npm run build`.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
    ],
  },
});
