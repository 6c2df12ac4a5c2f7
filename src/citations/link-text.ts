/**
 * Links citations in a plain-text frontmatter field (a congress's tasks, a year's focuses…)
 * that pages print as text rather than Markdown: returns escaped HTML with the same links
 * the remark plugin would make. Which fields are prose, and their anchors, is listed once
 * here for the pages and for the scanner.
 */
import { findCitations } from './find.ts';
import { citeLabel, documentPath } from './label.ts';
import type { CitationIndex, SelfPage } from './resolve.ts';

/** Frontmatter fields printed as prose, with the id of the heading they sit under. */
export const PROSE_FIELDS: readonly { field: string; key?: string; anchor: string; label: string }[] = [
  { field: 'breakthroughs', anchor: 'khau-dot-pha', label: 'Trọng tâm, khâu đột phá' },
  { field: 'tasks', anchor: 'nhiem-vu', label: 'Nhiệm vụ' },
  { field: 'directions', anchor: 'phuong-huong', label: 'Phương hướng' },
  { field: 'results', key: 'text', anchor: 'ket-qua', label: 'Kết quả, chỉ tiêu' },
  { field: 'focuses', anchor: 'trong-tam', label: 'Trọng tâm' },
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function linkCitationsHtml(text: string, index: CitationIndex, base: string, self?: SelfPage): string {
  const value = text.normalize('NFC');
  let html = '';
  let from = 0;
  for (const citation of findCitations(value)) {
    const { doc } = index.resolve(citation, self);
    if (!doc) continue;
    html += escape(value.slice(from, citation.start));
    html += `<a href="${escape(base + documentPath(doc))}" title="${escape(doc.subject ?? citeLabel(doc))}">${escape(citation.text)}</a>`;
    from = citation.end;
  }
  return html + escape(value.slice(from));
}
