/**
 * One timeline across organizations: congresses (term and theme), annual themes, documents by
 * date of issue, and organizations' founding and ending. Each entry keeps its date only as
 * precisely as the content gives it: a day, a year, or a congress's term when no day is stated.
 */
import { compareVi, formatDate } from '../lib/format.ts';
import { entryUrl } from './urls.ts';
import { annualThemes, congresses, docTitle, documents, lessonSets, organizations } from './collections.ts';

export const TIMELINE_KINDS = {
  'dai-hoi': 'Đại hội',
  'chu-de-nam': 'Chủ đề năm',
  'van-ban': 'Văn bản',
  'to-chuc': 'Thành lập, kết thúc tổ chức',
} as const;
export type TimelineKind = keyof typeof TIMELINE_KINDS;

export interface TimelineEntry {
  kind: TimelineKind;
  /** sort key, ms since 1970; a year alone sorts as its 1 January */
  time: number;
  /** the date as precise as the source: "11/04/2007", "2013", "nhiệm kỳ 2015–2020" */
  when: string;
  /** ISO form for <time datetime>: a day or a year */
  datetime: string;
  title: string;
  /** theme, subject or note shown under the title */
  detail?: string;
  href: string;
  /** organizations the entry belongs to (a document: those whose congresses, lessons or founding name it) */
  orgIds: string[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const yearTime = (year: number) => Date.UTC(year, 0, 1);

export async function timeline(): Promise<TimelineEntry[]> {
  const out: TimelineEntry[] = [];
  const docOrgs = new Map<string, Set<string>>();
  const tie = (docId: string, orgId: string) => docOrgs.set(docId, (docOrgs.get(docId) ?? new Set()).add(orgId));

  for (const c of await congresses()) {
    for (const ref of c.data.documents) tie(ref.id, c.data.organization.id);
    const start = Number(/\d{4}/.exec(c.data.period)?.[0] ?? 0);
    out.push({
      kind: 'dai-hoi',
      time: c.data.date?.getTime() ?? yearTime(start),
      when: c.data.date ? formatDate(c.data.date) : `nhiệm kỳ ${c.data.period}`,
      datetime: c.data.date ? isoDay(c.data.date) : String(start),
      title: c.data.title,
      detail: [c.data.term && `Ban Chấp hành khóa ${c.data.term}`, c.data.theme && `Chủ đề: ${c.data.theme}`].filter(Boolean).join('. ') || undefined,
      href: entryUrl('dai-hoi', c.id),
      orgIds: [c.data.organization.id],
    });
  }
  for (const t of await annualThemes()) {
    out.push({
      kind: 'chu-de-nam',
      time: yearTime(t.data.year),
      when: String(t.data.year),
      datetime: String(t.data.year),
      title: `Chủ đề năm ${t.data.year}: ${t.data.theme}`,
      href: entryUrl('chu-de-nam', t.id),
      orgIds: [t.data.organization.id],
    });
  }
  for (const set of await lessonSets()) for (const ref of set.data.documents) tie(ref.id, set.data.organization.id);
  const orgs = await organizations();
  for (const o of orgs) {
    if (o.data.founded?.document) tie(o.data.founded.document.id, o.id);
    if (o.data.founded?.date) {
      out.push({
        kind: 'to-chuc',
        time: o.data.founded.date.getTime(),
        when: formatDate(o.data.founded.date),
        datetime: isoDay(o.data.founded.date),
        title: `Thành lập ${o.data.name}`,
        detail: o.data.founded.note,
        href: entryUrl('to-chuc', o.id),
        orgIds: [o.id],
      });
    }
    if (o.data.ended) {
      out.push({
        kind: 'to-chuc',
        time: yearTime(o.data.ended.year),
        when: String(o.data.ended.year),
        datetime: String(o.data.ended.year),
        title: `${o.data.name} kết thúc hoạt động`,
        detail: o.data.ended.confidence === 'trung bình' ? `${o.data.ended.note} (độ tin cậy: trung bình)` : o.data.ended.note,
        href: entryUrl('to-chuc', o.id),
        orgIds: [o.id],
      });
    }
  }
  for (const d of await documents()) {
    // A document without a date of issue has no place on a timeline; the document list shows it.
    if (!d.data.date) continue;
    out.push({
      kind: 'van-ban',
      time: d.data.date.getTime(),
      when: formatDate(d.data.date),
      datetime: isoDay(d.data.date),
      title: `${docTitle(d)} của ${d.data.issuer}`,
      detail: d.data.subject,
      href: entryUrl('van-ban', d.id),
      orgIds: [...(docOrgs.get(d.id) ?? [])].sort(),
    });
  }
  const order = Object.keys(TIMELINE_KINDS);
  // Oldest first; on the same day or year, the content's own order: organization events, congresses, themes, documents.
  return out.sort((a, b) => a.time - b.time || order.indexOf(a.kind) - order.indexOf(b.kind) || compareVi(a.title, b.title));
}
