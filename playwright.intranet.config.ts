import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, PLAYWRIGHT_COMMON } from './tests/support/browser.ts';

/** Astro's preview of the /kb/ build (dist-kb/), for the crawl; nginx has its own port (tests/intranet/nginx.spec.ts). */
const PORT = Number(process.env.INTRANET_PORT ?? 8089);
const launchOptions = chromiumLaunchOptions();

/**
 * Intranet tests (`npm run test:intranet`) against a build for the sub-path /kb/ in dist-kb/
 * (SITE_BASE=/kb/ OUT_DIR=dist-kb npm run build), so dist/ and the main e2e suite stay as they are.
 */
export default defineConfig({
  testDir: 'tests/intranet',
  ...PLAYWRIGHT_COMMON,
  // Generous: these run last in npm test, often on a busy machine; each test does a lot.
  timeout: 60_000,
  use: { baseURL: `http://127.0.0.1:${PORT}/kb/`, trace: 'retain-on-failure', launchOptions },
  projects: [{ name: 'intranet', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `node scripts/preview.ts --port ${PORT}`,
    env: { SITE_BASE: '/kb/', OUT_DIR: 'dist-kb' },
    url: `http://127.0.0.1:${PORT}/kb/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
