import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, PLAYWRIGHT_COMMON } from './tests/support/browser.ts';

const launchOptions = chromiumLaunchOptions();

/**
 * The portable copy on file://: tests/e2e-portable/ packs dist/ with `npm run package --
 * --portable`, unpacks the zip and opens its pages as files. No web server, except the
 * spec's own throw-away one that serves dist/ to compare search results with.
 */
export default defineConfig({
  testDir: 'tests/e2e-portable',
  ...PLAYWRIGHT_COMMON,
  timeout: 60_000,
  globalSetup: './tests/e2e-portable/pack-portable.ts',
  use: { trace: 'retain-on-failure', launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
});
