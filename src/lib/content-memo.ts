/**
 * Remembers what was computed from the content folder until a file in it changes.
 *
 * One build reads content/ from several places: the content check, the citation plugin's
 * options, the document pages' backlinks and the citations report. Some of them run from
 * Vite's bundled copy of our modules, so a module-level cache would not be shared; the
 * memo lives on globalThis instead. The key is every file's path, size and modification
 * time, so `npm run dev`, tests that edit content and the CLI never see stale results.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const STORE = Symbol.for('so-tay.content-memo');
type Store = Map<string, { fingerprint: string; value: unknown }>;

function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else parts.push(`${full}\0${s.size}\0${s.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

export function memoByContent<T>(kind: string, root: string, compute: () => T): T {
  const store = ((globalThis as Record<symbol, unknown>)[STORE] ??= new Map()) as Store;
  const key = `${kind}\0${resolve(root)}`;
  const print = fingerprint(join(root, 'content'));
  const hit = store.get(key);
  if (hit && hit.fingerprint === print) return hit.value as T;
  const value = compute();
  store.set(key, { fingerprint: print, value });
  return value;
}
