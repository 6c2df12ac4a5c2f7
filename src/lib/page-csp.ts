/**
 * A page's Content-Security-Policy, left with the hashes of the inline scripts and styles that
 * page really has. Astro writes into every page the hashes of every inline script and style of
 * the whole site; each is 44 characters of base64 that gzip cannot shrink, and a lesson page
 * carried a dozen it never uses (the bytes are in docs/performance.md). A hash that matches no
 * element of the page allows nothing on it, so dropping it changes nothing the page may run.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/gi;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HASH = /\s*'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g;

export function trimCspHashes(html: string): string {
  if (!/http-equiv="content-security-policy"/i.test(html)) return html;
  const bodies: string[] = [];
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc\s*=/i.test(` ${attributes}`)) continue;
    bodies.push(body!);
  }
  const present = new Map<string, Set<string>>();
  const hashes = (algorithm: string) => {
    let set = present.get(algorithm);
    if (!set) {
      set = new Set(bodies.map((b) => `'${algorithm}-${createHash(algorithm).update(b).digest('base64')}'`));
      present.set(algorithm, set);
    }
    return set;
  };
  return html.replace(META, (_, open: string, policy: string, close: string) =>
    open + policy.replace(HASH, (token: string, algorithm: string) => (hashes(algorithm).has(token.trim()) ? token : '')) + close,
  );
}
