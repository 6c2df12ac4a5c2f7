/**
 * `npm run docs:fields` — writes docs/tham-chieu-truong.md, the editors' field reference,
 * from the schemas' descriptions (src/content/field-reference.ts). A unit test fails when the
 * committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference } from '../src/content/field-reference.ts';

const file = join(process.cwd(), 'docs', 'tham-chieu-truong.md');
writeFileSync(file, fieldReference());
console.log('Đã viết docs/tham-chieu-truong.md từ src/content/schemas.ts.');
