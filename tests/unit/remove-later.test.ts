/**
 * The build's last step (src/build/remove-later.ts): the replaced output leaves its name at once,
 * so the new one can take it, and is gone shortly after, removed by a process of its own; a
 * leftover of an earlier build is found by the next, and other outputs' folders are not.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeInBackground, removeLater, staleOutputs } from '../../src/build/remove-later.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'remove-later-'));
  dirs.push(root);
  return root;
}

function output(dir: string, pages: number) {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, `p${i}`), { recursive: true });
    writeFileSync(join(dir, `p${i}`, 'index.html'), `<p>${i}</p>`);
  }
}

async function gone(path: string, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (!existsSync(path)) return true;
  return false;
}

describe('removing the replaced output', () => {
  it('frees the name at once and removes the folder in the background', async () => {
    const root = project();
    output(join(root, 'dist'), 300);
    const away = removeLater(join(root, 'dist'), join(root, '.build-prev'));
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(away.startsWith(join(root, '.build-prev-'))).toBe(true);
    expect(await gone(away)).toBe(true);
  });

  it('finds the leftovers of its own output only', async () => {
    const root = project();
    for (const name of ['.build-prev', '.build-prev-12-1700000000000', '.build-prev-dist-kb', '.build-prev-dist-kb-3-4', '.build-tmp', 'dist']) mkdirSync(join(root, name));
    const stale = staleOutputs(join(root, '.build-prev'));
    expect(stale.map((p) => p.slice(root.length + 1)).sort()).toEqual(['.build-prev', '.build-prev-12-1700000000000']);
    expect(staleOutputs(join(root, '.build-prev-dist-kb')).map((p) => p.slice(root.length + 1)).sort()).toEqual(['.build-prev-dist-kb', '.build-prev-dist-kb-3-4']);
    removeInBackground(stale);
    expect(await gone(stale[0]!)).toBe(true);
    expect(await gone(stale[1]!)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['.build-prev-dist-kb', '.build-prev-dist-kb-3-4', '.build-tmp', 'dist']);
  });
});
