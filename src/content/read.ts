/**
 * The one reader of content/ before Astro runs: lists the entry files (for the content
 * loader) and reads them with their frontmatter YAML and the glossary YAML (for the content
 * check, the citation documents and the command-line tools), keeping the YAML syntax tree so
 * every problem can be mapped back to a line. After Astro, everything reads Astro's store.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { yamlErrorPosition } from './yaml-errors.ts';
import { COLLECTIONS, type CollectionName } from './schemas.ts';
import { entryIdFromPath } from './entry-id.ts';
import { openFrontmatterCache, type FrontmatterCache } from './frontmatter-cache.ts';

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
  /**
   * Where the field at `path` is written (its key); for a field that is missing, where it
   * should be added: the end of the frontmatter for a top-level field, its parent otherwise.
   */
  positionOf: (path: readonly (string | number)[]) => Position | undefined;
  /** a YAML syntax error, if the frontmatter could not be parsed */
  yamlError?: { line?: number; column?: number; code: string; message: string };
}

/** 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
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

/**
 * Frontmatter is the block between the first two `---` lines; its first line is line 2 of the
 * file, and `endLine` is the line of the closing `---`, where a missing field belongs.
 */
function splitFrontmatter(source: string): { yaml: string; offsetLines: number; endLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(source);
  if (!match) return null;
  const yaml = match[1] ?? '';
  return { yaml, offsetLines: 1, endLine: yaml === '' ? 2 : yaml.split('\n').length + 2 };
}

type Range = [number, number, number];

function makePositionOf(doc: Document, counter: LineCounter, offsetLines: number, base: (string | number)[], missingAt: Position | undefined) {
  const at = (range: Range | undefined | null): Position | undefined => {
    if (!range) return undefined;
    const { line, col } = counter.linePos(range[0]);
    return { line: line + offsetLines, column: col };
  };
  return (path: readonly (string | number)[]): Position | undefined => {
    // Walk down as far as the path exists and answer with the deepest key or item found, so a
    // field is pointed at by its key (not by its value, which for a block is the next line).
    let node: unknown = doc.contents;
    let found = at((node as { range?: Range } | null)?.range);
    let depth = 0;
    for (const key of [...base, ...path]) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        found = at((pair.key as { range?: Range } | null)?.range) ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
        node = node.items[key];
        found = at((node as { range?: Range } | null)?.range) ?? found;
      } else {
        break;
      }
      depth++;
    }
    // A top-level field that is not there: add it at the end of the frontmatter.
    if (depth <= base.length && path.length > 0 && missingAt) return missingAt;
    return found;
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

/** How content/ is read: `cache`, parsed frontmatter kept between runs (frontmatter-cache.ts). */
export interface ReadOptions {
  cache?: FrontmatterCache;
}

/** Parses a frontmatter's YAML with its syntax tree, once, when a position in it is asked for. */
function lazyPositions(yaml: string, offsetLines: number, missingAt: Position): RawEntry['positionOf'] {
  let positionOf: RawEntry['positionOf'] | undefined;
  return (path) => {
    if (!positionOf) {
      const counter = new LineCounter();
      positionOf = makePositionOf(parseDocument(yaml, { lineCounter: counter, prettyErrors: false }), counter, offsetLines, [], missingAt);
    }
    return positionOf(path);
  };
}

function loadMarkdown(root: string, collection: CollectionName, { cache }: ReadOptions): RawEntry[] {
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
          positionOf: () => ({ line: 1, column: 1 }),
          yamlError: { line: 1, column: 1, code: 'NO_FRONTMATTER', message: 'tệp không bắt đầu bằng khối frontmatter giữa hai dòng ---' },
        } satisfies RawEntry;
      }
      const missingAt = { line: front.endLine, column: 1 };
      const cached = cache?.get(front.yaml);
      if (cached) {
        const positionOf = lazyPositions(front.yaml, front.offsetLines, missingAt);
        return { collection, id, file, data: cached.data, source, lineOf: (path) => positionOf(path)?.line, positionOf } satisfies RawEntry;
      }
      const counter = new LineCounter();
      const doc = parseDocument(front.yaml, { lineCounter: counter, prettyErrors: false });
      const error = doc.errors[0];
      const positionOf = makePositionOf(doc, counter, front.offsetLines, [], missingAt);
      const data = error ? undefined : (doc.toJS() as unknown);
      if (!error) cache?.set(front.yaml, data);
      return {
        collection,
        id,
        file,
        data,
        source,
        lineOf: (path) => positionOf(path)?.line,
        positionOf,
        ...(error ? { yamlError: { ...yamlErrorPosition(front.yaml, error, front.offsetLines), code: error.code, message: error.message } } : {}),
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
        positionOf: () => undefined,
        yamlError: { ...yamlErrorPosition(source, error, 0), code: error.code, message: error.message },
      },
    ];
  }
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  return items.map((item, index) => {
    const data = isMap(item) ? (item.toJSON() as Record<string, unknown>) : item;
    const id = typeof (data as { id?: unknown })?.id === 'string' ? String((data as { id: string }).id) : `#${index + 1}`;
    const positionOf = makePositionOf(doc, counter, 0, [index], undefined);
    return {
      collection: 'thuat-ngu',
      id,
      file: GLOSSARY_FILE,
      data,
      source,
      lineOf: (path) => positionOf(path)?.line,
      positionOf,
    } satisfies RawEntry;
  });
}

/** The entries of one collection, as readContent() reads them. */
export function readCollection(root: string, collection: CollectionName, options: ReadOptions = {}): RawEntry[] {
  return collection === 'thuat-ngu' ? loadGlossary(root) : loadMarkdown(root, collection, options);
}

/**
 * Every entry of content/, in collection order, files in entryFiles() order. With `cacheFile`
 * (frontmatterCacheFile()), frontmatter parsed by an earlier read is not parsed again, and what
 * this read parsed is kept there for the next.
 */
export function readContent(root: string, { cacheFile }: { cacheFile?: string } = {}): RawEntry[] {
  const cache = cacheFile ? openFrontmatterCache(cacheFile) : undefined;
  const entries = COLLECTIONS.flatMap((collection) => readCollection(root, collection, { cache }));
  cache?.save();
  return entries;
}
