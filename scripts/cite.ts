/**
 * `npm run --silent cite -- <file.md|file.mdx|file.txt>` — prints, as a JSON array on
 * stdout, every document citation in the file and whether it resolves to a document of
 * the knowledge base (content/van-ban), with the reason when it does not.
 * Diagnostics go to stderr, so stdout is always just the JSON.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { citeCongresses } from '../src/citations/congresses.ts';
import { citeDocuments } from '../src/citations/documents.ts';
import { readContent } from '../src/content/read.ts';
import { documentPath } from '../src/citations/label.ts';
import { buildCitationIndex } from '../src/citations/resolve.ts';
import { scanMarkdownFile, scanPlainText } from '../src/citations/scan.ts';
import { selfPageOf } from '../src/citations/self-page.ts';
import { siteBase } from '../src/lib/site-base.ts';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Cách dùng: npm run --silent cite -- <tệp .md, .mdx hoặc .txt>');
  process.exit(2);
}
let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Không đọc được ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const entries = readContent(process.cwd());
const index = buildCitationIndex(citeDocuments(entries), citeCongresses(entries));
const base = siteBase(process.env.SITE_BASE);
const markdown = /^\.(md|mdx|markdown)$/i.test(extname(file));
// A knowledge-base page's own file: what it says of itself is not linked, as on the site.
const found = markdown ? scanMarkdownFile(source, index, undefined, selfPageOf(resolve(file))) : scanPlainText(source.normalize('NFC'), index);

const out = found.map(({ citation: c, line, column, doc, reason }) => ({
  text: c.text,
  line,
  column,
  kind: c.kind,
  number: c.number,
  symbol: c.symbol,
  issuer: c.issuer,
  term: c.term,
  date: c.date,
  resolved: doc ? { id: doc.id, symbol: doc.symbol ?? null, url: base + documentPath(doc), collection: doc.collection ?? 'van-ban' } : null,
  reason,
}));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
