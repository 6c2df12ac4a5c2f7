/**
 * A document's relations in both directions, for its page's diagram and lists: what it
 * implements, replaces, guides and relates to (its own frontmatter), and what implements,
 * replaces, guides or relates to it (the other documents' frontmatter), computed once per build.
 */
import { documents, type Doc } from './collections.ts';

export const RELATIONS = ['implements', 'replaces', 'guides', 'related'] as const;
export type Relation = (typeof RELATIONS)[number];

/** How each relation reads from this document outward, and from the other document inward. */
export const RELATION_LABELS: Record<Relation, { out: string; in: string }> = {
  implements: { out: 'Văn bản này thực hiện', in: 'Văn bản thực hiện văn bản này' },
  replaces: { out: 'Văn bản này thay thế', in: 'Văn bản thay thế văn bản này' },
  guides: { out: 'Văn bản này hướng dẫn', in: 'Văn bản hướng dẫn văn bản này' },
  related: { out: 'Văn bản liên quan', in: 'Văn bản khác nêu văn bản này là liên quan' },
};

export interface DocRelations {
  out: Record<Relation, Doc[]>;
  in: Record<Relation, Doc[]>;
}

const empty = (): Record<Relation, Doc[]> => ({ implements: [], replaces: [], guides: [], related: [] });

let index: Promise<Map<string, DocRelations>> | undefined;

export function relationsOf(docId: string): Promise<DocRelations> {
  index ??= (async () => {
    const all = await documents();
    const byId = new Map(all.map((d) => [d.id, d]));
    const map = new Map(all.map((d) => [d.id, { out: empty(), in: empty() } as DocRelations]));
    for (const doc of all) {
      for (const relation of RELATIONS) {
        for (const ref of doc.data[relation]) {
          const other = byId.get(ref.id);
          if (!other) continue;
          map.get(doc.id)!.out[relation].push(other);
          map.get(other.id)!.in[relation].push(doc);
        }
      }
      // "replacedBy" is the same fact told from the other side: one replacing document, either way.
      const by = doc.data.replacedBy && byId.get(doc.data.replacedBy.id);
      if (by) {
        const inbound = map.get(doc.id)!.in.replaces;
        if (!inbound.includes(by)) inbound.push(by);
        const outbound = map.get(by.id)!.out.replaces;
        if (!outbound.includes(doc)) outbound.push(doc);
      }
    }
    return map;
  })();
  return index.then((map) => map.get(docId) ?? { out: empty(), in: empty() });
}
