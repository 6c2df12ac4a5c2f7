/**
 * `npm run new -- <collection> [--flag value …]` — starts a new content file: asks for the
 * fields (in a terminal) or takes them as flags (scripts, tests), writes the file at the path
 * the id rule gives, and prints what to fill in next (src/content/scaffold/).
 */
import * as prompts from '@clack/prompts';
import { parseArgs } from 'node:util';
import { entryFiles } from '../src/content/read.ts';
import { SCAFFOLD_COLLECTIONS, SPECS, type Answers, type Question } from '../src/content/scaffold/collections.ts';
import { scaffold, type ScaffoldCollection } from '../src/content/scaffold/scaffold.ts';

const root = process.cwd();
const [collection, ...rest] = process.argv.slice(2);

function usage(): never {
  console.error(`Cách dùng: npm run new -- <loại> [--trường giá trị …]\n  loại: ${SCAFFOLD_COLLECTIONS.join(', ')}\n  ví dụ: npm run new -- van-ban --symbol 99-NQ/TW --kind "Nghị quyết" --issuer "Bộ Chính trị" --term XII --date 2020-02-03 --subject "Về …" --source <id nguồn>\n  Hướng dẫn: docs/huong-dan-bien-tap.md`);
  process.exit(1);
}

if (!collection || !(SCAFFOLD_COLLECTIONS as string[]).includes(collection)) {
  if (collection) console.error(`Không có loại nội dung "${collection}".`);
  usage();
}
const spec = SPECS[collection as ScaffoldCollection];
const flags = [...spec.questions.map((q) => q.flag), 'id'];
let answers: Answers;
try {
  const { values } = parseArgs({ args: rest, options: Object.fromEntries(flags.map((f) => [f, { type: 'string', multiple: true }])), strict: true, allowPositionals: false });
  answers = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v?.length === 1 ? v[0] : v]));
} catch (error) {
  const flag = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
  console.error(`Cờ không hợp lệ${flag ? ` ${flag}` : ''}. Các cờ của ${collection}: ${flags.map((f) => `--${f}`).join(', ')}`);
  process.exit(1);
}

async function ask(question: Question): Promise<string | undefined> {
  const choices = question.choices ?? (question.ref ? entryFiles(root, question.ref).map((f) => f.id) : undefined);
  const answer =
    choices && choices.length > 0 && choices.length <= 40 && !question.multiple
      ? await prompts.select({
          message: question.label,
          options: [...(question.required ? [] : [{ value: '', label: '(bỏ trống)' }]), ...choices.map((c) => ({ value: c, label: c }))],
        })
      : await prompts.text({
          message: question.label,
          ...(question.ref && choices?.length ? { placeholder: choices.slice(0, 3).join(', ') } : {}),
          validate: (v) => (question.required && !v?.trim() ? 'trường này bắt buộc' : undefined),
        });
  if (prompts.isCancel(answer)) {
    prompts.cancel('Đã hủy; không tệp nào được viết.');
    process.exit(1);
  }
  return String(answer ?? '').trim() || undefined;
}

// In a terminal, ask for what the flags did not give; in a script, the flags are all there is.
if (process.stdin.isTTY && process.stdout.isTTY) {
  prompts.intro(`Tạo mới: ${collection}`);
  for (const question of spec.questions) if (answers[question.flag] === undefined) answers[question.flag] = await ask(question);
}

const result = scaffold(root, collection as ScaffoldCollection, answers);
if (!result.ok) {
  console.error(`Không tạo tệp:\n${result.errors.map((e) => `  ${e.replace(/\n/g, '\n  ')}`).join('\n')}`);
  process.exit(1);
}
console.log(`✓ Đã tạo ${result.file}  (trang /${collection}/${result.id}/)`);
console.log(`Việc tiếp theo, trong ${result.file}:\n${result.next.map((n) => `  - ${n}`).join('\n')}`);
console.log('Rồi: npm run dev để xem trang, npm run check:content để kiểm tra. Tham chiếu trường: docs/tham-chieu-truong.md');
