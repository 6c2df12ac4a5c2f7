/**
 * Links every citation of a knowledge-base document in prose (page bodies and lesson
 * text) to the document's page, with the document's subject as the link title.
 * Only citations the resolver is certain of are linked; headings, existing links, code
 * and raw HTML are left alone (see src/citations/walk.ts).
 *
 * The documents come in as an option, not from Astro, so the plugin runs the same in the
 * build and in unified() tests. Because the options are part of the Markdown config that
 * Astro hashes for its content cache, adding or renaming a document clears that cache and
 * every page is relinked on the next build.
 *
 * Where each citation sits (page, anchor, line) is recorded by src/citations/scan.ts
 * with the same finder, resolver and walker, since Astro does not rerun this plugin on
 * pages it serves from its cache.
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import { findCitations, newFindContext } from '../citations/find.ts';
import { buildCitationIndex, type CiteCongress, type CiteDocument } from '../citations/resolve.ts';
import { selfPageOf } from '../citations/self-page.ts';
import { citableTexts } from '../citations/walk.ts';
import { citeLabel, documentPath } from '../citations/label.ts';

export interface CiteOptions {
  documents: readonly CiteDocument[];
  /** congress pages, the targets of congress resolutions */
  congresses?: readonly CiteCongress[];
  /** the site base ("/" or "/kb/"), as src/lib/site-base.ts gives it */
  base?: string;
}

export default function remarkCiteDocuments(options: CiteOptions) {
  // Indexed again when the options get a new documents list: in `npm run dev` the MDX processor
  // lives as long as the server, and replaceDocuments() (processors.ts) gives it the new list.
  let indexed: readonly CiteDocument[] | undefined;
  let index = buildCitationIndex([], options.congresses ?? []);
  const base = options.base ?? '/';
  return (tree: Root, file?: { path?: string | undefined }) => {
    if (indexed !== options.documents) {
      indexed = options.documents;
      index = buildCitationIndex(options.documents ?? [], options.congresses ?? []);
    }
    // The page being rendered, known by its file: a document's page never links to itself.
    const self = selfPageOf(file?.path);
    // Found in reading order (a bare "Nghị quyết T.Ư 4" takes the term written earlier on the page)…
    const context = newFindContext();
    const found = citableTexts(tree).map((text) => {
      const value = text.node.value.normalize('NFC');
      const links = findCitations(value, context)
        .map((citation) => ({ citation, doc: index.resolve(citation, self).doc }))
        .filter((x): x is typeof x & { doc: CiteDocument } => x.doc !== null);
      return { ...text, value, links };
    });
    // …and linked last first, so splitting a node never shifts one still to be replaced.
    for (const { parent, index: at, value, links } of found.reverse()) {
      if (links.length === 0) continue;
      const parts: PhrasingContent[] = [];
      let from = 0;
      for (const { citation, doc } of links) {
        if (citation.start > from) parts.push({ type: 'text', value: value.slice(from, citation.start) });
        const link: Link = {
          type: 'link',
          url: base + documentPath(doc),
          title: doc.subject ?? citeLabel(doc),
          children: [{ type: 'text', value: citation.text }],
        };
        parts.push(link);
        from = citation.end;
      }
      if (from < value.length) parts.push({ type: 'text', value: value.slice(from) });
      parent.children.splice(at, 1, ...(parts as typeof parent.children));
    }
  };
}
