/**
 * Parsed frontmatter kept between builds, by the exact text of the YAML. Parsing the YAML of
 * every file (with the syntax tree the content check maps problems to lines with) is most of
 * reading content/; a build after one edit would parse 5,000 unchanged frontmatters again
 * before Astro renders anything (docs/performance.md). With this cache, a frontmatter already
 * parsed is given its values from the file and parsed again only if a problem must be located
 * in it (src/content/read.ts).
 *
 * The values depend on the text alone and on the YAML library, whose version is part of the
 * file: a file of another version, another format or a broken file is ignored (a slower read,
 * never a wrong one). Only the frontmatters read last are written back, so the file does not
 * grow with files that are gone; it is replaced whole (write, then rename), as the content
 * check and Astro's process may both write it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const FORMAT = 1;

/** Where a project keeps it: beside Astro's content store, in the config's cacheDir. */
export function frontmatterCacheFile(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), 'so-tay-frontmatter.bin');
}

export interface FrontmatterCache {
  /** the values of this YAML text when it was parsed before, `undefined` otherwise */
  get(yaml: string): { data: unknown } | undefined;
  /** the values of a YAML text parsed without error */
  set(yaml: string, data: unknown): void;
  /** writes the values read since the cache was opened, if they are not what the file holds */
  save(): void;
}

const keyOf = (yaml: string) => createHash('sha1').update(yaml).digest('base64');

function libraryVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string }).version;
}

export function openFrontmatterCache(file: string): FrontmatterCache {
  const version = `${FORMAT}:yaml@${libraryVersion()}`;
  let known = new Map<string, unknown>();
  try {
    const stored = deserialize(readFileSync(file)) as { version?: unknown; entries?: unknown };
    if (stored.version === version && stored.entries instanceof Map) known = stored.entries as Map<string, unknown>;
  } catch {
    // No file yet, or not one this code can read: everything is parsed.
  }
  const used = new Map<string, unknown>();
  let added = false;
  return {
    get(yaml) {
      const key = keyOf(yaml);
      if (!known.has(key)) return undefined;
      // Two files with the same frontmatter get values of their own, as two parses give.
      const data = used.has(key) ? structuredClone(known.get(key)) : known.get(key);
      used.set(key, known.get(key));
      return { data };
    },
    set(yaml, data) {
      used.set(keyOf(yaml), data);
      added = true;
    },
    save() {
      if (!added && used.size === known.size) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize({ version, entries: used }));
        renameSync(tmp, file);
      } catch {
        // A cache that cannot be written makes the next read slower, not wrong.
      }
    },
  };
}
