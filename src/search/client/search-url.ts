/**
 * The search page's address contract: `?q=…` for the query and `loc.<Name>=value` for each
 * active filter (repeated for several values), so a search can be shared and reloaded.
 */
import type { Filters } from './search-session.ts';

export function readSearchUrl(search: string): { q: string; filters: Filters } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const [key, value] of params) if (key.startsWith('loc.')) (filters[key.slice(4)] ??= []).push(value);
  return { q: params.get('q') ?? '', filters };
}

/** "q=chi+b%E1%BB%99&loc.M%E1%BB%A5c=V%C4%83n+b%E1%BA%A3n", or "" for an empty search. */
export function searchUrlQuery(q: string, filters: Filters = {}): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(`loc.${name}`, v);
  return params.toString();
}
