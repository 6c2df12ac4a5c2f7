/**
 * The content loader renders on worker threads in a build and on the main thread in
 * `npm run dev` (src/loader/): both must store the same entry for every content file —
 * body HTML, headings, lesson HTML and citations.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { citeCongresses } from '../../src/citations/congresses.ts';
import { citeDocuments } from '../../src/citations/documents.ts';
import { glossaryAbbreviations } from '../../src/content/glossary.ts';
import { entryFiles, readContent, readSource } from '../../src/content/read.ts';
import { COLLECTIONS } from '../../src/content/schemas.ts';
import { createEntryRenderer } from '../../src/loader/render-entry.ts';
import { createRenderPool } from '../../src/loader/render-pool.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('rendering content files', () => {
  it('gives the same entries on worker threads as on the main thread', { timeout: 120_000 }, async () => {
    const entries = readContent(ROOT);
    const setup = { settings: { documents: citeDocuments(entries), congresses: citeCongresses(entries), base: '/kb/', abbreviations: glossaryAbbreviations(entries) }, options: { syntaxHighlight: false as const } };
    const here = createEntryRenderer(setup.settings, setup.options);
    const pool = createRenderPool(2);
    const sources = COLLECTIONS.filter((c) => c !== 'thuat-ngu').flatMap((c) => entryFiles(ROOT, c)).map((f) => ({ ...f, contents: readSource(f) }));
    expect(sources.length).toBeGreaterThan(30);
    const [onThreads, onMain] = await Promise.all([Promise.all(sources.map((s) => pool.render(s, setup))), Promise.all(sources.map((s) => here(s)))]);
    expect(onThreads).toEqual(onMain);
    // What the pages read from the store is there: a lesson's HTML with its citation linked under the base.
    const set = onMain[sources.findIndex((s) => s.id === 'dang-bo-khoi-tw-17-nam')]!;
    expect(set.metadata.lessons['tw-2024-3']).toContain('href="/kb/van-ban/');
    expect(set.metadata.citations.found.length).toBeGreaterThan(3);
  });

  it('says the pool has settled only when every loader\'s entries are rendered', { timeout: 120_000 }, async () => {
    // Each collection stores its entries only then (src/loader/markdown-files.ts): a collection
    // that settled early would make Astro serialise its store while the others still render.
    const entries = readContent(ROOT);
    const setup = { settings: { documents: citeDocuments(entries), congresses: citeCongresses(entries), base: '/', abbreviations: glossaryAbbreviations(entries) }, options: { syntaxHighlight: false as const } };
    const pool = createRenderPool(2);
    const [small, large] = [entryFiles(ROOT, 'chu-de'), entryFiles(ROOT, 'van-ban')].map((files) => files.map((f) => ({ ...f, contents: readSource(f) })));
    const finished: string[] = [];
    const smallDone = Promise.all(small!.map((s) => pool.render(s, setup))).then(() => finished.push('small'));
    const largeDone = Promise.all(large!.map((s) => pool.render(s, setup))).then(() => finished.push('large'));
    await smallDone;
    await pool.settled().then(() => finished.push('settled'));
    await largeDone;
    // The two collections may finish in either order on a loaded machine; the pool settles after both.
    expect(finished.at(-1)).toBe('settled');
    expect([...finished].sort()).toEqual(['large', 'settled', 'small']);
  });
});
