/**
 * The one reader of content/ before Astro runs: lists the entry files (for the content
 * loader) and reads them with their frontmatter YAML and the glossary YAML (for the content
 * check, the citation documents and the command-line tools), keeping the YAML syntax tree so
 * every problem can be mapped back to a line. After Astro, everything reads Astro's store.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from './schemas.ts';
import { entryIdFromPath } from './entry-id.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** project-relative path */
  file: string;
  data: unknown;
  /** the file's text, as read */
  source: string;
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

/** A Markdown or MDX entry file of a collection. */
export interface EntryFile {
  collection: CollectionName;
  /** the entry id, from the file name */
  id: string;
  /** project-relative path, "/"-separated */
  file: string;
  /** absolute path */
  path: string;
}

/** The .md and .mdx files of a collection folder, in a stable order (names sorted at each level). */
export function entryFiles(root: string, collection: CollectionName): EntryFile[] {
  const dir = join(root, 'content', collection);
  return walk(dir)
    .filter((file) => /\.(md|mdx)$/i.test(file))
    .map((path) => ({ collection, id: entryIdFromPath(relative(dir, path)), file: relative(root, path).split('\\').join('/'), path }));
}

export function readSource(file: Pick<EntryFile, 'path'>): string {
  return readFileSync(file.path, 'utf8');
}

function loadMarkdown(root: string, collection: CollectionName): RawEntry[] {
  return entryFiles(root, collection)
    .map(({ id, file, path }) => {
      const source = readSource({ path });
      const front = splitFrontmatter(source);
      if (!front) {
        return {
          collection,
          id,
          file,
          data: undefined,
          source,
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
        source,
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
        source,
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
      source,
      lineOf: makeLineOf(doc, counter, 0, [index]),
    } satisfies RawEntry;
  });
}

/** Every entry of content/, in collection order, files in entryFiles() order. */
export function readContent(root: string): RawEntry[] {
  return COLLECTIONS.flatMap((collection) => (collection === 'thuat-ngu' ? loadGlossary(root) : loadMarkdown(root, collection)));
}
