/**
 * The benchmark's synthetic corpus: deterministic from its seed, valid for the content
 * checker (so the benchmark builds what a real build would), citations that resolve,
 * and never written into the project's own content/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus.ts';
import { runRules } from '../../src/content/check/rules.ts';
import { readContent } from '../../src/content/read.ts';
import { scanContent } from '../../src/citations/scan.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generateCorpus', () => {
  it('gives the same files for the same seed and different ones for another', () => {
    const a = generateCorpus({ pages: 120, seed: 7 });
    const b = generateCorpus({ pages: 120, seed: 7 });
    const c = generateCorpus({ pages: 120, seed: 8 });
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.files]).not.toEqual([...c.files]);
  });

  it('makes the number of pages asked for, in every collection, at realistic length', () => {
    const corpus = generateCorpus({ pages: 300 });
    expect(corpus.pages).toHaveLength(300);
    for (const n of Object.values(corpus.counts)) expect(n).toBeGreaterThan(0);
    const words = corpus.words / corpus.pages.length;
    expect(words).toBeGreaterThan(450);
    expect(words).toBeLessThan(900);
  });

  it('passes the content checker, and its prose citations resolve to its documents', () => {
    const root = mkdtempSync(join(tmpdir(), 'so-tay-corpus-'));
    dirs.push(root);
    writeCorpus(generateCorpus({ pages: 200 }), join(root, 'content'));
    const entries = readContent(root);
    expect(runRules(entries)).toEqual([]);
    const { occurrences } = scanContent(entries);
    expect(occurrences.length).toBeGreaterThan(200);
    expect(occurrences.filter((o) => o.doc).length / occurrences.length).toBeGreaterThan(0.95);
  });

  it('refuses to write into the project content folder', () => {
    expect(() => writeCorpus(generateCorpus({ pages: 20 }), join(import.meta.dirname, '..', '..', 'content'))).toThrow(/content/);
  });
});
