/**
 * Relations between documents that the schema cannot see: a document that implements,
 * replaces or guides itself, a loop of `replaces`, and an `implements` that points to a
 * document issued after this one (a document can only carry out one that already exists).
 */
import { formatDate } from '../../lib/format.ts';
import type { ContentProblem } from './problem.ts';
import type { ParsedEntry } from './rules.ts';

const RELATIONS = ['implements', 'replaces', 'guides'] as const;
const VERB: Record<(typeof RELATIONS)[number], string> = {
  implements: 'triển khai',
  replaces: 'thay thế',
  guides: 'hướng dẫn',
};

const targetsOf = (entry: ParsedEntry, field: string): string[] =>
  ((entry.data[field] as { id: string }[] | undefined) ?? []).map((ref) => ref.id);

export function checkRelations(parsed: readonly ParsedEntry[], problems: ContentProblem[]) {
  const documents = new Map(parsed.filter((e) => e.raw.collection === 'van-ban').map((e) => [e.raw.id, e]));
  for (const entry of documents.values()) {
    for (const field of RELATIONS) {
      targetsOf(entry, field).forEach((target, index) => {
        if (target === entry.raw.id) {
          problems.push({
            file: entry.raw.file,
            ...entry.raw.positionOf([field, index]),
            field: `${field}[${index}]`,
            expected: `id của một văn bản khác mà văn bản này ${VERB[field]}`,
            found: `"${target}" là chính văn bản này`,
            fix: `xóa dòng này khỏi ${field}; một văn bản không ${VERB[field]} chính nó`,
          });
          return;
        }
        const other = documents.get(target);
        const mine = entry.data.date;
        const theirs = other?.data.date;
        if (field === 'implements' && mine instanceof Date && theirs instanceof Date && theirs.getTime() > mine.getTime()) {
          problems.push({
            file: entry.raw.file,
            ...entry.raw.positionOf([field, index]),
            field: `${field}[${index}]`,
            expected: 'một văn bản ban hành trước văn bản này (văn bản được triển khai phải có trước)',
            found: `"${target}" ban hành ngày ${formatDate(theirs)}, sau văn bản này (${formatDate(mine)})`,
            fix: `kiểm tra lại ngày của hai văn bản; nếu "${target}" triển khai văn bản này thì ghi quan hệ ở tệp kia (implements: [${entry.raw.id}]), nếu chỉ liên quan thì chuyển sang related`,
          });
        }
      });
    }
  }
  // A loop of replaces (A replaces B … replaces A): reported once, at the document where it closes.
  const reported = new Set<string>();
  for (const start of documents.keys()) {
    const path: string[] = [];
    const seen = new Set<string>();
    const walk = (id: string): string[] | undefined => {
      if (seen.has(id)) return path.includes(id) ? path.slice(path.indexOf(id)) : undefined;
      seen.add(id);
      path.push(id);
      for (const next of targetsOf(documents.get(id)!, 'replaces').filter((t) => documents.has(t) && t !== id)) {
        const loop = walk(next);
        if (loop) return loop;
      }
      path.pop();
      return undefined;
    };
    const loop = walk(start);
    if (!loop) continue;
    const key = [...loop].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    const last = documents.get(loop.at(-1)!)!;
    const index = targetsOf(last, 'replaces').indexOf(loop[0]!);
    problems.push({
      file: last.raw.file,
      ...last.raw.positionOf(['replaces', index]),
      field: `replaces[${index}]`,
      expected: 'quan hệ thay thế đi một chiều: văn bản mới thay văn bản cũ',
      found: `vòng thay thế: ${[...loop, loop[0]].join(' → ')}`,
      fix: 'chỉ ghi replaces ở văn bản mới hơn; xóa dòng này hoặc dòng tương ứng ở văn bản kia',
    });
  }
}
