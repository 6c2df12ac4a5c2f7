/** What scripts/build.ts and its helper processes (astro-build.ts, read-pages.ts) tell each other over IPC. */
import type { BrokenLink } from './check-links.ts';
import type { Vocabulary } from '../search/build/vocabulary.ts';

/** From the Astro process: its content is synced and its pages are next (`pagesNext`), or it failed (`error`). */
export interface AstroMessage {
  pagesNext?: true;
  error?: string;
}

/** To the page reader, once Astro has written every page. */
export const ASTRO_DONE = 'astro-done';

/** The page reader's one answer. */
export interface ReadPagesResult {
  vocabulary: Vocabulary;
  links: { broken: BrokenLink[]; deferred: BrokenLink[] };
}
