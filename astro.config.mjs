// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site-config.ts';

// The user settings: SITE_BASE builds the site for a sub-path (SITE_BASE=/kb/ for
// http://intranet/kb/), SITE_URL gives its absolute address. Everything else is in src/site-config.ts.
export default defineConfig(siteConfig({ base: process.env.SITE_BASE, site: process.env.SITE_URL }));
