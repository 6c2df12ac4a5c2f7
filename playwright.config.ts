import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);
const executablePath = chromiumExecutable();

/**
 * Browser tests run against the built site (dist/), served by Astro's preview server,
 * in real Chromium: Playwright's own where installed, else Debian's (see scripts/lib/browser.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) } } },
  ],
  webServer: {
    command: `node scripts/preview.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
