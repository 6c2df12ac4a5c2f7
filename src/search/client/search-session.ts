/**
 * A search box's session (search box, dialog and search page alike): in the search worker on a
 * served site (worker-search-session.ts), on the page in the portable copy, opened from file://,
 * where no worker can be started (local-search-session.ts). Both give the same answers.
 */
import { localSearchSession, type SearchSession } from './local-search-session.ts';
import { portableRoot } from './portable/portable-pagefind.ts';
import { workerSearchSession } from './worker-search-session.ts';

export type { Answer, Filters, Found, ResultData, SearchSession } from './local-search-session.ts';

export function searchSession(bundle: string): SearchSession {
  return portableRoot() === undefined && typeof Worker !== 'undefined' ? workerSearchSession(bundle) : localSearchSession(bundle);
}
