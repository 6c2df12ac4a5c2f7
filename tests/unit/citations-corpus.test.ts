/**
 * The labelled corpus (tests/unit/fixtures/citation-corpus.ts) against the real knowledge
 * base, as the build resolves it: every marked citation must be found with exactly its text
 * (recall ≥ 95 %), and no citation may link anywhere but where its label says (zero wrong
 * links). Recall, links and wrong links are printed, with every miss.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeCongresses } from '../../src/citations/congresses.ts';
import { citeDocuments } from '../../src/citations/documents.ts';
import { findCitations, newFindContext } from '../../src/citations/find.ts';
import { buildCitationIndex, pageKey } from '../../src/citations/resolve.ts';
import { readContent } from '../../src/content/read.ts';
import { CORPUS } from './fixtures/citation-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const entries = readContent(ROOT);
const index = buildCitationIndex(citeDocuments(entries), citeCongresses(entries));

interface Expected {
  text: string;
  /** "van-ban/<id>" or "dai-hoi/<id>", or null: must not link */
  link: string | null;
}

/** "a [[b|id]] c [[d]]" → the plain sentence and its labelled citations, in order. */
export function parseSentence(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  const text = marked.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, cited: string, link?: string) => {
    expected.push({ text: cited, link: link ? (link.includes('/') ? link : `van-ban/${link}`) : null });
    return cited;
  });
  return { text, expected };
}

function evaluate() {
  let expectedCount = 0;
  let found = 0;
  let mustLink = 0;
  let linked = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  const unlinked: string[] = [];
  for (const { s, trap } of CORPUS) {
    const { text, expected } = parseSentence(s);
    expectedCount += expected.length;
    const got = findCitations(text, newFindContext()).map((c) => ({ c, r: index.resolve(c) }));
    const unmatched = [...got];
    for (const e of expected) {
      const at = unmatched.findIndex((g) => g.c.text === e.text);
      if (e.link) mustLink++;
      if (at < 0) {
        misses.push(`không tìm thấy "${e.text}" trong: ${text}`);
        continue;
      }
      found++;
      const [{ r }] = unmatched.splice(at, 1) as [(typeof got)[number]];
      const target = r.doc ? pageKey(r.doc) : null;
      if (target && target !== e.link) wrong.push(`"${e.text}" → ${target}, phải là ${e.link ?? 'không liên kết'}${trap ? ` (bẫy: ${trap})` : ''}`);
      else if (e.link && target === e.link) linked++;
      else if (e.link) unlinked.push(`"${e.text}" chưa liên kết tới ${e.link}: ${r.reason}`);
    }
    // A citation nobody labelled is no miss, but it must not link either.
    for (const { c, r } of unmatched) if (r.doc) wrong.push(`"${c.text}" (không có nhãn) → ${pageKey(r.doc)} trong: ${text}`);
  }
  return { expectedCount, found, mustLink, linked, misses, wrong, unlinked };
}

describe('the labelled citation corpus', () => {
  it('has at least 200 sentences and 40 traps, each labelled', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(CORPUS.filter((x) => x.trap).length).toBeGreaterThanOrEqual(40);
    for (const { s } of CORPUS) expect(s).not.toMatch(/\[\[[^\]]*$|^[^[]*\]\]/);
  });

  it('finds ≥ 95 % of the citations, links every one it must and none wrongly', () => {
    const r = evaluate();
    const recall = r.found / r.expectedCount;
    const linkRecall = r.linked / r.mustLink;
    console.log(
      [
        `Độ phủ (recall): ${r.found}/${r.expectedCount} = ${(recall * 100).toFixed(1)}%`,
        `Liên kết đúng: ${r.linked}/${r.mustLink} = ${(linkRecall * 100).toFixed(1)}%`,
        `Liên kết sai: ${r.wrong.length}`,
        ...r.misses.map((m) => `  bỏ sót: ${m}`),
        ...r.unlinked.map((m) => `  chưa liên kết: ${m}`),
        ...r.wrong.map((m) => `  SAI: ${m}`),
      ].join('\n'),
    );
    expect(r.wrong).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(linkRecall).toBeGreaterThanOrEqual(0.95);
  });
});
