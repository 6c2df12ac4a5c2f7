import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, PLAYWRIGHT_COMMON } from './tests/support/browser.ts';
import { BASE, PORT } from './tests/e2e-kb/fixture.ts';

const launchOptions = chromiumLaunchOptions();

/**
 * Browser tests of a sub-path build (SITE_BASE=/kb/) with a renamed page: the web server builds
 * a copy of the project (tests/e2e-kb/serve-fixture.ts) and serves it; run by `npm run test:e2e`
 * after the main suite. Separate from playwright.config.ts so that running one main spec file
 * never waits for this second build.
 */
export default defineConfig({
  testDir: 'tests/e2e-kb',
  ...PLAYWRIGHT_COMMON,
  timeout: 30_000,
  use: { baseURL: `http://127.0.0.1:${PORT}${BASE}`, trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium-kb', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    command: 'node tests/e2e-kb/serve-fixture.ts',
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
  },
});
