/**
 * Reads the raw content files the way Astro will (frontmatter YAML, the glossary YAML),
 * but keeps the YAML syntax tree so every problem can be mapped back to a line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from './schemas.ts';
import { entryIdFromPath } from './entry-id.ts';
import { memoByContent } from '../lib/content-memo.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** project-relative path */
  file: string;
  data: unknown;
  /** 1-based line of the field at `path` (dotted/indexed), or of the entry when unknown */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** a YAML syntax error, if the frontmatter could not be parsed */
  yamlError?: { line?: number; message: string };
}

export const GLOSSARY_FILE = 'content/thuat-ngu.yaml';

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** Frontmatter is the block between the first two `---` lines; its first line is line 2 of the file. */
function splitFrontmatter(source: string): { yaml: string; offsetLines: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(source);
  return match ? { yaml: match[1] ?? '', offsetLines: 1 } : null;
}

function makeLineOf(doc: Document, counter: LineCounter, offsetLines: number, base: (string | number)[] = []) {
  return (path: readonly (string | number)[]): number | undefined => {
    // Walk down as far as the path exists, so a missing field reports its parent's line.
    const full = [...base, ...path];
    for (let depth = full.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(full.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) {
        // For a map pair we want the key's line; getIn returns the value node, whose line is the same
        // for scalars and the next line for blocks, which is still the right neighbourhood.
        return counter.linePos(range[0]).line + offsetLines;
      }
    }
    return undefined;
  };
}

function loadMarkdown(root: string, collection: CollectionName): RawEntry[] {
  const dir = join(root, 'content', collection);
  return walk(dir)
    .filter((file) => /\.(md|mdx)$/i.test(file))
    .map((full) => {
      const file = relative(root, full).split('\\').join('/');
      const id = entryIdFromPath(relative(dir, full));
      const source = readFileSync(full, 'utf8');
      const front = splitFrontmatter(source);
      if (!front) {
        return {
          collection,
          id,
          file,
          data: undefined,
          lineOf: () => 1,
          yamlError: { line: 1, message: 'tệp không bắt đầu bằng khối frontmatter giữa hai dòng ---' },
        } satisfies RawEntry;
      }
      const counter = new LineCounter();
      const doc = parseDocument(front.yaml, { lineCounter: counter, prettyErrors: false });
      const error = doc.errors[0];
      return {
        collection,
        id,
        file,
        data: error ? undefined : (doc.toJS() as unknown),
        lineOf: makeLineOf(doc, counter, front.offsetLines),
        ...(error
          ? {
              yamlError: {
                line: counter.linePos(error.pos[0]).line + front.offsetLines,
                message: error.message,
              },
            }
          : {}),
      } satisfies RawEntry;
    });
}

function loadGlossary(root: string): RawEntry[] {
  let source: string;
  try {
    source = readFileSync(join(root, GLOSSARY_FILE), 'utf8');
  } catch {
    return [];
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    return [
      {
        collection: 'thuat-ngu',
        id: '(tệp)',
        file: GLOSSARY_FILE,
        data: undefined,
        lineOf: () => undefined,
        yamlError: { line: counter.linePos(error.pos[0]).line, message: error.message },
      },
    ];
  }
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  return items.map((item, index) => {
    const data = isMap(item) ? (item.toJSON() as Record<string, unknown>) : item;
    const id = typeof (data as { id?: unknown })?.id === 'string' ? String((data as { id: string }).id) : `#${index + 1}`;
    return {
      collection: 'thuat-ngu',
      id,
      file: GLOSSARY_FILE,
      data,
      lineOf: makeLineOf(doc, counter, 0, [index]),
    } satisfies RawEntry;
  });
}

/** Every entry of content/, read once per change of the folder (see content-memo.ts); callers must not mutate it. */
export function loadContent(root: string): RawEntry[] {
  return memoByContent('load', root, () =>
    COLLECTIONS.flatMap((collection) => (collection === 'thuat-ngu' ? loadGlossary(root) : loadMarkdown(root, collection))),
  );
}
