/**
 * Which Chromium the tests drive: Playwright's own when it is installed (a normal
 * developer machine), else Debian's /usr/bin/chromium (machines where Playwright
 * cannot download its browser). PLAYWRIGHT_CHROMIUM overrides both.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): string | undefined {
  const override = process.env.PLAYWRIGHT_CHROMIUM;
  if (override) return override;
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  } catch {
    // executablePath() throws when no browser revision is known; fall through.
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

export function hasBrowser(): boolean {
  if (process.env.PLAYWRIGHT_CHROMIUM) return existsSync(process.env.PLAYWRIGHT_CHROMIUM);
  try {
    if (existsSync(chromium.executablePath())) return true;
  } catch {
    /* no Playwright browser */
  }
  return SYSTEM_CHROMIUM.some((path) => existsSync(path));
}

/** Flags that keep Chromium from reaching the network on its own (updates, sync, …) and run it as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright launch options for the chosen Chromium, shared by the three Playwright configs. */
export function chromiumLaunchOptions(): { args: string[]; executablePath?: string } {
  const executablePath = chromiumExecutable();
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}

/** What every Playwright config of ours shares: no .only, parallel files, no retries (a flaky test is a bug). */
export const PLAYWRIGHT_COMMON = {
  forbidOnly: true,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']] as [string][],
};
