/**
 * The site's scripts as classic scripts. Astro emits ES modules (<script type="module">, inline
 * or from _astro/, possibly importing shared chunks); a page opened from file:// may not load a
 * module file, and its imports are blocked. Each distinct script is bundled with esbuild (as
 * Vite itself does) into one IIFE, with its imports resolved among the built files on disk,
 * and written once as _astro/classic/<hash>.js. Pages load it with <script defer src>:
 * deferred like a module, in the same order.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export interface ModuleScript {
  /** site path of a module file ("/_astro/x.js"), or the code of an inline module */
  src?: string;
  code?: string;
}

/** Imports written as site paths ("/_astro/chunk.js") read the built file under `dist`. */
function builtFiles(dist: string, base: string): Plugin {
  return {
    name: 'built-files',
    setup(b) {
      b.onResolve({ filter: /^\// }, (args) =>
        args.kind === 'entry-point' ? undefined : { path: join(dist, args.path.slice(base.length)) },
      );
    },
  };
}

/**
 * Vite wraps a lazy import() (the search dialog's code) in its preload helper, which preloads the
 * imported chunks with <link rel="modulepreload"> at addresses computed from import.meta.url: an
 * IIFE has no import.meta.url, and file:// refuses module preloads, so the import would fail. In
 * the copy the imported code is bundled into the same script, so nothing is left to preload: the
 * helper's "if there are chunks to preload" test is made false, wherever the bundler put the
 * helper (its own chunk or a shared one). It is found by the event it fires on failure; a helper
 * whose test is not found stops the packing (a Vite that changed it) rather than ship a dialog
 * that cannot open.
 */
const PRELOAD_HELPER_MARK = 'vite:preloadError';
const PRELOAD_TEST = /(let [\w$]+=Promise\.resolve\(\);if\()([\w$]+)&&\2\.length>0\)/g;

function noModulePreload(): Plugin {
  return {
    name: 'no-module-preload',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(PRELOAD_HELPER_MARK)) return undefined;
        const found = source.match(PRELOAD_TEST)?.length ?? 0;
        if (found !== 1) throw new Error(`${args.path}: không nhận ra trình nạp trước (modulepreload) của Vite (Vite đã đổi?); bản mang theo không mở được hộp tìm kiếm`);
        return { contents: source.replace(PRELOAD_TEST, '$1!1)'), loader: 'js' };
      });
    },
  };
}

/**
 * A function giving, for each module script of the site, the root-relative path of its
 * classic build in `out` (built on first use, shared by every page that has the same script).
 */
export function classicScripts(dist: string, base: string, out: string): (script: ModuleScript) => Promise<string> {
  const made = new Map<string, Promise<string>>();
  return (script) => {
    const key = script.src !== undefined ? `src:${script.src}` : `code:${script.code ?? ''}`;
    let path = made.get(key);
    if (!path) {
      path = bundle(script, dist, base, out);
      made.set(key, path);
    }
    return path;
  };
}

async function bundle(script: ModuleScript, dist: string, base: string, out: string): Promise<string> {
  const result = await build({
    ...(script.src !== undefined
      ? { entryPoints: [join(dist, script.src.slice(base.length))] }
      : { stdin: { contents: script.code ?? '', resolveDir: dist, sourcefile: 'inline-script.js', loader: 'js' as const } }),
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [noModulePreload(), builtFiles(dist, base)],
  });
  const code = result.outputFiles[0]!.contents;
  const path = `_astro/classic/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), code);
  return path;
}
