/**
 * The `fetch` that the portable copy's build of pagefind.js uses instead of the browser's
 * (esbuild `inject`, so only inside that one script: src/release/portable/pagefind-bundle.ts).
 * Pagefind reads every file of its bundle with fetch() and then .json() or .arrayBuffer();
 * here the bytes come from the file's script twin, wrapped in a real Response.
 */
import { readScriptFile } from './script-files.ts';

export async function fetch(input: string | URL): Promise<Response> {
  const bytes = await readScriptFile(String(input));
  return new Response(bytes as Uint8Array<ArrayBuffer>);
}
