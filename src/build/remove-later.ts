/**
 * Removing the replaced output (15,000 files at 5,000 pages) takes about a second, after the new
 * output is already in place: the build's last step, which the editor would wait for and which
 * nothing needs. It is renamed out of the way at once and removed by a process of its own that
 * outlives the build; a name of its own per build, so that a next build never meets a folder
 * still being removed. Leftovers of a removal that did not finish (the machine stopped) are
 * removed by the next build (`staleOutputs`).
 */
import { spawn } from 'node:child_process';
import { readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Moves `dir` to `<prefix>-<pid>-<time>` beside it and removes it in the background; returns the new name. */
export function removeLater(dir: string, prefix: string): string {
  const away = join(dirname(prefix), `${basename(prefix)}-${process.pid}-${Date.now()}`);
  renameSync(dir, away);
  removeInBackground([away]);
  return away;
}

/** Folders `prefix` or `<prefix>-<pid>-<time>` left beside it by earlier builds. */
export function staleOutputs(prefix: string): string[] {
  const name = basename(prefix);
  const mine = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-\\d+-\\d+)?$`);
  try {
    return readdirSync(dirname(prefix)).filter((n) => mine.test(n)).map((n) => join(dirname(prefix), n));
  } catch {
    return [];
  }
}

export function removeInBackground(dirs: string[]): void {
  if (dirs.length === 0) return;
  const child = spawn(process.execPath, ['-e', 'for (const d of process.argv.slice(1)) require("node:fs").rmSync(d, { recursive: true, force: true })', ...dirs], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}
