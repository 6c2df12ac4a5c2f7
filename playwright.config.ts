import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, PLAYWRIGHT_COMMON } from './tests/support/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);
const launchOptions = chromiumLaunchOptions();

/**
 * Browser tests run against the built site (dist/), served by Astro's preview server,
 * in real Chromium: Playwright's own where installed, else Debian's (see tests/support/browser.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  ...PLAYWRIGHT_COMMON,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    command: `node scripts/preview.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
