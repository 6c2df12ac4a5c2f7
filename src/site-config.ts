/**
 * The site's Astro configuration as a function of its settings, so that astro.config.mjs
 * (the user settings SITE_BASE and SITE_URL) and the build's Astro process
 * (src/build/astro-build.ts, which writes the search index itself) build the same site.
 */
import type { AstroUserConfig } from 'astro';
import soTay from './integration.ts';
import { siteBase } from './lib/site-base.ts';
import { CACHE_DIR, cacheDirOf } from './lib/cache-dir.ts';

export interface SiteSettings {
  /** the sub-path the site is served under ("kb", "/kb" and "/kb/" alike); default "/" */
  base?: string;
  /** the absolute site address, when known */
  site?: string;
  /** false when the caller writes the search index after Astro has exited */
  searchIndex?: boolean;
}

export { cacheDirOf };

export function siteConfig({ base, site, searchIndex = true }: SiteSettings = {}): AstroUserConfig {
  return {
    base: siteBase(base),
    ...(site ? { site } : {}),
    trailingSlash: 'always',
    // Pages are rendered a few at a time so that one page's file is written while the next is
    // rendered: at concurrency 1 Astro waits for every write (docs/performance.md).
    build: { format: 'directory', concurrency: 4 },
    // Astro's cache (its content store among it) in the default place, named here because the
    // build reads that store back after Astro (src/content/store-file.ts).
    cacheDir: CACHE_DIR,
    integrations: [soTay({ searchIndex })],
    // A Content-Security-Policy in every page's <meta>, so it holds on any server and from a USB
    // copy: scripts only from the site or by hash (Astro hashes its inline scripts and styles),
    // 'wasm-unsafe-eval' for Pagefind's search engine, nothing from another origin.
    // Framing can only be refused by a header: the deploy configurations send frame-ancestors.
    security: {
      csp: {
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
        directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      },
    },
    // A rebuild after an edit renders only the pages whose cacheKey changed (src/data/cache-keys.ts)
    // and copies the others from Astro's cache. Experimental in Astro 7: tests/build/incremental.test.ts
    // fails if an upgrade makes a rebuild differ from a cold build or stop skipping pages.
    experimental: { incrementalBuild: true },
    // The search worker (src/search/client/search-worker.ts) is an ES module, as the pages' scripts are.
    vite: { worker: { format: 'es' } },
    // Nothing leaves the site: no telemetry, no prefetch of other origins.
    devToolbar: { enabled: false },
    prefetch: false,
  };
}
