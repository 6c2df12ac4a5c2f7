/**
 * This process's environment without what Vitest and Vite set in it (VITEST_*, NODE_ENV, MODE,
 * BASE_URL, DEV, PROD, SSR, TEST), for a child build that must run as `npm run build` does.
 */
export function childEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'TEST'].includes(k)));
}
