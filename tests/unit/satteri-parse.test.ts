/**
 * remark-satteri-parse swaps micromark for Sätteri's parser under the pipeline's plugins; that
 * is only sound while both give the same mdast. These tests hold it to remark-parse +
 * remark-gfm (what Astro's unified() uses): node for node, positions included, on a sample
 * of every Markdown construct (fixtures/remark-satteri-parse/) and on every body and lesson
 * text in content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import remarkSatteriParse from '../../src/markdown/remark-satteri-parse.ts';

// Sätteri's parser, watched: the last test checks that the plugin really hands it the document.
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (importOriginal) => {
  const original = await importOriginal<typeof import('satteri')>();
  return {
    ...original,
    markdownToMdast: (...args: Parameters<typeof original.markdownToMdast>) => {
      parsed.count++;
      return original.markdownToMdast(...args);
    },
  };
});

const ROOT = join(import.meta.dirname, '..', '..');
const micromark = unified().use(remarkParse).use(remarkGfm);
const satteri = unified().use(remarkParse).use(remarkGfm).use(remarkSatteriParse);

/** The tree with keys in one order and positions as line, column, offset only. */
function normalized(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalized);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    const value = (node as Record<string, unknown>)[key];
    if (value === undefined) continue;
    out[key] = normalized(value);
  }
  return out;
}

const tree = (processor: typeof micromark, markdown: string) => normalized(processor.runSync(processor.parse(markdown) as Root));

function contentTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.md$/.test(entry.name)) {
        const source = readFileSync(file, 'utf8');
        const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
        texts.push([file, source.slice(front?.[0].length ?? 0).trim()]);
        const lessons = (front ? (parseYaml(front[1] ?? '') as { lessons?: { id: string; text?: string }[] }) : undefined)?.lessons ?? [];
        for (const lesson of lessons) if (lesson.text) texts.push([`${file}#${lesson.id}`, lesson.text.trim()]);
      }
    }
  };
  walk(join(ROOT, 'content'));
  return texts;
}

describe('remark-satteri-parse', () => {
  it('gives the same tree as remark-parse + remark-gfm on every construct of the sample', () => {
    const sample = readFileSync(join(import.meta.dirname, 'fixtures', 'remark-satteri-parse', 'constructs.md'), 'utf8');
    const expected = tree(micromark, sample);
    expect(JSON.stringify(expected)).toContain('"type":"table"');
    expect(JSON.stringify(expected)).toContain('"type":"footnoteDefinition"');
    expect(tree(satteri, sample)).toEqual(expected);
  });

  it('gives the same tree on every page body and lesson text in content/', () => {
    const texts = contentTexts();
    expect(texts.length).toBeGreaterThan(40);
    const differing = texts.filter(([, text]) => JSON.stringify(tree(satteri, text)) !== JSON.stringify(tree(micromark, text))).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('turns U+0000 into U+FFFD, as CommonMark and micromark do', () => {
    expect(tree(satteri, 'a\u0000b')).toEqual(tree(micromark, 'a\u0000b'));
  });

  it('really parses with Sätteri (without it, the comparisons above would compare micromark with itself)', () => {
    const before = parsed.count;
    satteri.parse('Đảng bộ **Khối**');
    expect(parsed.count).toBe(before + 1);
  });
});
