import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import modules that use Astro's virtual modules.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/browser-setup.ts', 'test/support/demo-sites-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
