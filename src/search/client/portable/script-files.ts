/**
 * Reads the files of the portable copy's search bundle. A page opened from file:// may not
 * fetch() or import() anything, but it may load a classic <script src>: so the portable copy
 * ships every file Pagefind reads (and our search data) a second time as "<file>.js", a classic
 * script that stores the file's bytes, in base64, under its own address:
 *
 *     (self.soTayFiles = self.soTayFiles || {})[document.currentScript.src] = "<base64>";
 *
 * (written by src/release/portable/script-file.ts). Loading stays lazy: a file's script is
 * added to the page only when it is asked for, and removed with its bytes once read.
 */

/** The one global the script files write to (classic scripts on file:// have no other way to hand data over). */
export const FILES_GLOBAL = 'soTayFiles';

type FileStore = Record<string, string | undefined>;
const store = (): FileStore => ((globalThis as unknown as Record<string, FileStore>)[FILES_GLOBAL] ??= {});

const inFlight = new Map<string, Promise<Uint8Array>>();

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Adds a classic script to the page and waits for it to run; resolves to its element. */
export function loadClassicScript(src: string): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve(script));
    script.addEventListener('error', () => reject(new Error(`Không tải được tệp ${src}`)));
    document.head.append(script);
  });
}

/** The bytes of the bundle file at `url` (absolute; a ?query is ignored), from its script file. */
export function readScriptFile(url: string): Promise<Uint8Array> {
  const src = new URL(`${url.replace(/[?#].*$/, '')}.js`, document.baseURI).href;
  let bytes = inFlight.get(src);
  if (!bytes) {
    bytes = loadClassicScript(src)
      .then((script) => {
        script.remove();
        const files = store();
        const base64 = files[src];
        delete files[src];
        if (base64 === undefined) throw new Error(`Tệp ${src} không chứa dữ liệu tìm kiếm`);
        return decode(base64);
      })
      .finally(() => inFlight.delete(src));
    inFlight.set(src, bytes);
  }
  return bytes;
}
