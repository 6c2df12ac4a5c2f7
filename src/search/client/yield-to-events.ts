/**
 * Lets the thread run the events already queued (a newer keystroke's message) before a search
 * goes on to its next step. In the search worker Pagefind runs in the same thread, and a
 * search whose index chunks are loaded goes from step to step in microtasks only, so without
 * this a newer keystroke could not stop it until it had run to its end. A timer task, not
 * `scheduler.yield()`: Chromium runs a yield's continuation ahead of the queued messages.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
