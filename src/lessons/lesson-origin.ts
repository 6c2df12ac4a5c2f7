/**
 * Where a lesson comes from, as trainers cite it: organization, lesson set, date or period,
 * congress (with its term when stated) and sources. Shared by topic pages and handouts.
 */
import { entryById, type LessonSet } from '../data/collections.ts';
import { formatDate } from '../lib/format.ts';

export interface LessonOrigin {
  organization: { id: string; name: string };
  set: { id: string; title: string };
  /** "20/08/2020", else the period "2015–2020", else "" */
  when: string;
  congress?: { id: string; title: string; term?: string; period: string };
  sources: { id: string; title: string; publication: string; when: string }[];
}

export async function lessonOrigin(set: LessonSet): Promise<LessonOrigin> {
  // By collection and id: the schemas' shared reference type does not narrow to one collection.
  const org = await entryById('to-chuc', set.data.organization.id);
  if (!org) throw new Error(`${set.id}: không tìm thấy tổ chức "${set.data.organization.id}"`);
  const congress = set.data.congress ? await entryById('dai-hoi', set.data.congress.id) : undefined;
  const sources = (await Promise.all(set.data.sources.map((ref) => entryById('nguon', ref.id)))).filter((s) => s !== undefined);
  return {
    organization: { id: org.id, name: org.data.name },
    set: { id: set.id, title: set.data.title },
    when: set.data.date ? formatDate(set.data.date) : set.data.period ?? '',
    ...(congress
      ? { congress: { id: congress.id, title: congress.data.title, term: congress.data.term, period: congress.data.period } }
      : {}),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.data.title,
      publication: s.data.publication,
      when: s.data.date ? formatDate(s.data.date) : s.data.year ? String(s.data.year) : '',
    })),
  };
}

/** The congress as one phrase: its title, plus "khóa X" when the title does not already say it. */
export function congressLabel(c: NonNullable<LessonOrigin['congress']>): string {
  return c.term && !c.title.includes(`khóa ${c.term}`) ? `${c.title} (khóa ${c.term})` : c.title;
}

/** "Báo Lâm Đồng online, 20/08/2020: “Vị trí, vai trò …”" */
export function sourceLabel(s: LessonOrigin['sources'][number]): string {
  return `${s.publication}${s.when ? `, ${s.when}` : ''}: “${s.title}”`;
}
