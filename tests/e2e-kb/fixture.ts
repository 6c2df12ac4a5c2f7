/**
 * The base-path fixture: a copy of the project built with SITE_BASE=/kb/ and one renamed page,
 * so the browser tests can check short links, copy-link and former-slug redirects under a sub-path
 * without touching the real content (no entry of ours was ever renamed, so none has formerSlugs).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = '/kb/';
export const PORT = Number(process.env.KB_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);
/** The copy's address, given to the build as SITE_URL: its handouts' QR codes point here. */
export const SITE_URL = `http://127.0.0.1:${PORT}${BASE}`;
/** Outside the project so neither tsc nor Vite ever see the copy; the port keeps parallel runs apart. */
export const FIXTURE_DIR = join(tmpdir(), `so-tay-kb-fixture-${PORT}`);
export const FIXTURE_DIST = join(FIXTURE_DIR, 'dist');

/** The renamed page: its file gets `formerSlugs: [former]` in the copy. */
export const RENAMED = { collection: 'chu-de', id: 'chat-luong-chi-bo', former: 'chat-luong-sinh-hoat-chi-bo' } as const;
