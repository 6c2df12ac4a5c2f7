/**
 * Finds and resolves every citation in the content files, with file, line, column and the
 * page anchor it sits under (the lesson id for lesson text, the nearest heading for a
 * page body). The content loader scans each file while it renders it and stores the result
 * with the entry (src/loader/), for the document pages' "Được nhắc đến tại" and the build
 * report; the CLI and the tests scan files read by src/content/read.ts.
 */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { RawEntry } from '../content/read.ts';
import type { CollectionName } from '../content/schemas.ts';
import { parseMarkdown } from '../lib/parse-markdown.ts';
import { citeDocuments } from './documents.ts';
import { findCitations, newFindContext, type Citation } from './find.ts';
import { citeLabel } from './label.ts';
import { PROSE_FIELDS } from './link-text.ts';
import { citeCongresses } from './congresses.ts';
import { buildCitationIndex, type CitationIndex, type CiteDocument, type SelfPage } from './resolve.ts';
import { citableTexts } from './walk.ts';

export interface Occurrence {
  citation: Citation;
  /** line and column in the file (1-based) */
  line: number;
  column: number;
  doc: CiteDocument | null;
  reason: string | null;
  /** the citation names the page it is on */
  self?: true | undefined;
  /** the lesson id or heading id nearest above; null at the top of the page */
  anchor: string | null;
  anchorLabel: string | null;
}

export interface ContentOccurrence extends Occurrence {
  file: string;
  collection: CollectionName;
  id: string;
  /** the citing page's title */
  pageLabel: string;
}

/** 1-based line/column of an offset. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Citations in a Markdown fragment, positioned relative to the fragment (1-based). */
function scanMarkdown(markdown: string, index: CitationIndex, self: SelfPage, anchor: string | null = null, anchorLabel: string | null = null) {
  const out: Occurrence[] = [];
  // One context per rendered fragment, exactly as the remark plugin sees it.
  const context = newFindContext();
  // The parser the pages are rendered with (GFM included), so the scan sees the plugin's tree.
  for (const text of citableTexts(parseMarkdown(markdown) as Root)) {
    const start = text.node.position?.start ?? { line: 1, column: 1 };
    for (const citation of findCitations(text.node.value, context)) {
      const { doc, reason, self: itself } = index.resolve(citation, self);
      out.push({
        citation,
        ...(itself ? { self: itself } : {}),
        line: start.line + citation.line - 1,
        column: citation.line === 1 ? start.column + citation.column - 1 : citation.column,
        doc,
        reason,
        anchor: text.anchor ?? anchor,
        anchorLabel: text.anchorLabel ?? anchorLabel,
      });
    }
  }
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/**
 * Every citation in one Markdown/MDX file: lesson texts in its frontmatter (anchored at the
 * lesson id) and its body (anchored at the nearest heading), in file order.
 */
export function scanMarkdownFile(source: string, index: CitationIndex, frontmatter?: Record<string, unknown>, self?: SelfPage): Occurrence[] {
  const text = source.normalize('NFC');
  const front = FRONTMATTER.exec(text);
  const bodyStart = front ? front[0].length : 0;
  const bodyLine = position(text, bodyStart).line - 1;
  const out: Occurrence[] = [];
  let data: Record<string, unknown> | undefined;
  if (front) {
    // A caller that already parsed the frontmatter (the render workers) passes it in.
    try {
      data = frontmatter ?? (parseYaml(front[1] ?? '') as Record<string, unknown> | undefined);
    } catch {
      data = undefined;
    }
    const lessons = data?.lessons;
    for (const lesson of Array.isArray(lessons) ? lessons : []) {
      const { id, title, text: body } = (lesson ?? {}) as { id?: unknown; title?: unknown; text?: unknown };
      if (typeof body !== 'string' || typeof id !== 'string') continue;
      // The lesson's text sits below its "id:" line; each citation is looked up there in the raw file.
      const idAt = Math.max(0, text.search(new RegExp(`\\bid:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)));
      let searchFrom = idAt;
      for (const found of scanMarkdown(body, index, self, id, typeof title === 'string' ? title : null)) {
        const at = text.indexOf(found.citation.text, searchFrom);
        const where = position(text, at >= 0 ? at : idAt);
        if (at >= 0) searchFrom = at + found.citation.text.length;
        out.push({ ...found, ...where });
      }
    }
  }
  if (front) {
    // Plain-text fields pages print as prose (src/citations/link-text.ts), under their section.
    for (const { field, key, anchor, label } of PROSE_FIELDS) {
      const items = data?.[field];
      if (!Array.isArray(items)) continue;
      let searchFrom = Math.max(0, text.search(new RegExp(`^${field}:`, 'm')));
      for (const item of items) {
        const value = key ? (item as Record<string, unknown> | null)?.[key] : item;
        if (typeof value !== 'string') continue;
        for (const citation of findCitations(value)) {
          const at = text.indexOf(citation.text, searchFrom);
          if (at >= 0) searchFrom = at + citation.text.length;
          out.push({ citation, ...position(text, at >= 0 ? at : searchFrom), ...index.resolve(citation, self), anchor, anchorLabel: label });
        }
      }
    }
  }
  for (const found of scanMarkdown(text.slice(bodyStart), index, self)) {
    out.push({ ...found, line: found.line + bodyLine });
  }
  return out;
}

/** Plain text (.txt): the whole text is prose. */
export function scanPlainText(source: string, index: CitationIndex): Occurrence[] {
  return findCitations(source).map((citation) => ({
    citation,
    line: citation.line,
    column: citation.column,
    ...index.resolve(citation),
    anchor: null,
    anchorLabel: null,
  }));
}

export function pageLabel(collection: CollectionName, id: string, data: Record<string, unknown> | undefined, doc: CiteDocument | undefined): string {
  if (collection === 'van-ban' && doc) return citeLabel(doc);
  const title = data?.title ?? data?.name;
  if (typeof title === 'string') return title;
  if (collection === 'chu-de-nam' && data?.year !== undefined) return `Chủ đề năm ${String(data.year)}`;
  return id;
}

/** One content file's citations, labelled with the page they are on. */
export function scanEntryFile(
  entry: { file: string; collection: CollectionName; id: string; data: unknown },
  source: string,
  index: CitationIndex,
  docsById: ReadonlyMap<string, CiteDocument>,
  frontmatter?: Record<string, unknown>,
): ContentOccurrence[] {
  const label = pageLabel(entry.collection, entry.id, entry.data as Record<string, unknown> | undefined, docsById.get(entry.id));
  return scanMarkdownFile(source, index, frontmatter, `${entry.collection}/${entry.id}`).map((found) => ({ ...found, file: entry.file, collection: entry.collection, id: entry.id, pageLabel: label }));
}

/**
 * Every citation in the given entries (glossary excepted: it is YAML, not prose), in their
 * order: for the CLI and tests, which read content/ themselves; a build stores each file's
 * occurrences with its entry instead.
 */
export function scanContent(entries: readonly RawEntry[]): { index: CitationIndex; occurrences: ContentOccurrence[] } {
  const documents = citeDocuments(entries);
  const index = buildCitationIndex(documents, citeCongresses(entries));
  const docsById = new Map(documents.map((d) => [d.id, d]));
  const occurrences: ContentOccurrence[] = [];
  for (const entry of entries) {
    if (entry.collection === 'thuat-ngu' || !/\.(md|mdx)$/i.test(entry.file)) continue;
    occurrences.push(...scanEntryFile(entry, entry.source, index, docsById));
  }
  return { index, occurrences };
}

/** One citation as a build stores it with its entry (src/loader/): plain data, the document by id. */
export interface StoredCitation {
  text: string;
  line: number;
  column: number;
  /** the document it resolves to; null when it does not */
  docId: string | null;
  /** where that document's page is: van-ban, or dai-hoi for a congress resolution */
  docCollection: 'van-ban' | 'dai-hoi' | null;
  reason: string | null;
  /** the page names itself: not linked, and not reported as a problem */
  self: boolean;
  anchor: string | null;
  anchorLabel: string | null;
}

/** A file's citations, with the title of the page they are on (the backlinks' label). */
export interface StoredCitations {
  pageLabel: string;
  found: StoredCitation[];
}

export function storedCitations(label: string, occurrences: readonly Occurrence[]): StoredCitations {
  return {
    pageLabel: label,
    found: occurrences.map((o) => ({
      text: o.citation.text,
      line: o.line,
      column: o.column,
      docId: o.doc?.id ?? null,
      docCollection: o.doc ? (o.doc.collection ?? 'van-ban') : null,
      reason: o.reason,
      self: !!o.self,
      anchor: o.anchor,
      anchorLabel: o.anchorLabel,
    })),
  };
}
