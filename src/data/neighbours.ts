/** The entries just before and after one in a body's own sequence (its annual themes, its congresses). */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** `ordered` oldest first; only entries of the same organization count as neighbours. */
export function neighbours<T extends { id: string; data: { organization: { id: string } } }>(ordered: readonly T[], current: T): Neighbours<T> {
  const same = ordered.filter((e) => e.data.organization.id === current.data.organization.id);
  const at = same.findIndex((e) => e.id === current.id);
  return at < 0 ? {} : { previous: same[at - 1], next: same[at + 1] };
}
