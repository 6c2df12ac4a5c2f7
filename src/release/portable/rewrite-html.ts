/**
 * One page of the built site made to open from file://, through a real HTML parser (hast):
 *  - every site link (href, src, srcset, form action, the meta refresh of redirect pages, and
 *    the data-copy / data-bundle addresses our scripts resolve) relative to the page, ending
 *    in index.html (relative-url.ts);
 *  - every module script replaced by its classic build, loaded with <script defer src>
 *    (classic-scripts.ts);
 *  - <html data-portable-root="../../">: the marker by which the search code knows it runs in
 *    the portable copy, and where the copy's root is (src/search/client/portable/);
 *  - the Content-Security-Policy kept, adapted: file: next to 'self' (Chromium lets 'self'
 *    match file: URLs on a file: page, other browsers' rules for file: differ, and file: names
 *    only files of this machine), the script hashes dropped, since no inline script is left
 *    to match them (an inline module became a script file), and data: fonts allowed.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ModuleScript } from './classic-scripts.ts';
import { PORTABLE_ROOT_ATTRIBUTE } from '../../search/client/portable/portable-pagefind.ts';

export interface PageInput {
  /** rewrites one site link for this page (relative-url.ts, bound to the page) */
  link: (url: string) => string;
  /** the site root relative to this page ("./", "../../") */
  root: string;
  /** root-relative path of the classic build of a module script */
  classic: (script: ModuleScript) => Promise<string>;
}

/** Attributes (hast property names) that hold one site address. */
const URL_PROPERTIES = ['href', 'src', 'action', 'poster', 'dataCopy', 'dataSearchPage'] as const;

export async function portablePage(html: string, { link, root, classic }: PageInput): Promise<string> {
  const tree: Root = fromHtml(html);
  const scripts: { node: Element; script: ModuleScript }[] = [];
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (node.tagName === 'html') props[toProperty(PORTABLE_ROOT_ATTRIBUTE)] = root;
    // A module script is replaced whole (below), from its site address as built.
    if (node.tagName === 'script' && props.type === 'module') {
      scripts.push({ node, script: typeof props.src === 'string' ? { src: props.src } : { code: toString(node) } });
      return;
    }
    for (const name of URL_PROPERTIES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = link(value);
    }
    // data-bundle names a folder (Pagefind's), which scripts extend with file names: no index.html.
    if (typeof props.dataBundle === 'string') props.dataBundle = link(props.dataBundle).replace(/index\.html$/, '');
    const srcSet: unknown = props.srcSet;
    if (typeof srcSet === 'string' || Array.isArray(srcSet)) {
      const entries: unknown[] = Array.isArray(srcSet) ? srcSet : srcSet.split(',');
      props.srcSet = entries.map((entry) => srcsetEntry(String(entry), link)).join(', ');
    }
    if (node.tagName === 'meta') rewriteMeta(node, link);
  });
  for (const { node, script } of scripts) {
    const path = await classic(script);
    node.properties = { src: `${root === './' ? '' : root}${path}`, defer: true };
    node.children = [];
  }
  return toHtml(tree);
}

function toProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function srcsetEntry(entry: string, link: (url: string) => string): string {
  const [url = '', ...descriptor] = entry.trim().split(/\s+/);
  return [link(url), ...descriptor].join(' ');
}

function rewriteMeta(node: Element, link: (url: string) => string): void {
  const equiv = [node.properties.httpEquiv].flat().map((v) => String(v).toLowerCase());
  const content = node.properties.content;
  if (typeof content !== 'string') return;
  if (equiv.includes('refresh')) {
    node.properties.content = content.replace(/(;\s*url=)(.*)$/i, (_, head: string, url: string) => head + link(url.trim()));
  } else if (equiv.includes('content-security-policy')) {
    node.properties.content = portablePolicy(content);
  }
}

/**
 * The page's policy for the copy (see the header): file: beside 'self', no script hashes, and
 * fonts also from data: URLs (the copy's stylesheets carry their fonts: font-data-url.ts).
 */
export function portablePolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0);
  const fallback = directives.find((tokens) => tokens[0] === 'default-src');
  if (fallback && !directives.some((tokens) => tokens[0] === 'font-src') && !fallback.includes("'none'")) {
    directives.push(['font-src', ...fallback.slice(1), 'data:']);
  }
  return directives
    .map((tokens) => (tokens[0] === 'script-src' ? tokens.filter((t) => !/^'sha(256|384|512)-/.test(t)) : tokens))
    .map((tokens) => tokens.flatMap((t) => (t === "'self'" ? [t, 'file:'] : [t])).join(' '))
    .join('; ');
}
