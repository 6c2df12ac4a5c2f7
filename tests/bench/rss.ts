/**
 * Peak resident memory of a process and all its descendants (Astro's build, Pagefind's
 * indexing binary…), sampled from /proc. Linux only: elsewhere it reports null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status);
      const vm = /^VmRSS:\s+(\d+)/m.exec(status);
      parents.set(Number(name), Number(ppid?.[1] ?? 0));
      rss.set(Number(name), Number(vm?.[1] ?? 0));
    } catch {
      // the process ended between listing and reading
    }
  }
  let total = 0;
  for (const pid of rss.keys()) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === root) {
        total += rss.get(pid) ?? 0;
        break;
      }
    }
  }
  return total;
}

/** Starts sampling `pid`'s tree every `everyMs`; stop() returns the peak in MB (null off Linux). */
export function sampleRss(pid: number, everyMs = 100): { stop: () => number | null } {
  if (!existsSync('/proc/self/status')) return { stop: () => null };
  let peak = 0;
  const take = () => {
    peak = Math.max(peak, treeRssKb(pid));
  };
  const timer = setInterval(take, everyMs);
  take();
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(peak / 1024);
    },
  };
}
