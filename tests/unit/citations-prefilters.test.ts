/**
 * The finder runs each citation pattern only on a text that passes a cheap test of what every
 * match must hold (MAY_MATCH, src/citations/patterns.ts). A test that turned a citable text
 * away would lose citations silently: on every text here (the labelled citation sentences,
 * every paragraph of content/, a generated knowledge base, and the odd spellings articles use),
 * wherever a pattern matches, its test must pass.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAY_MATCH, NAMED, NUMBERED, PARTY, PLENUM, STATE } from '../../src/citations/patterns.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { CORPUS } from './fixtures/citation-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

const ODD = [
  '05 - ct / tw',
  '12-NQ/T.Ư',
  '296-QC/BCSĐ-ĐUBKH',
  'các Chỉ thị số 41, 42, 43-CT/TW',
  '30 / 2020 / NĐ-CP',
  '44 /2005/QĐ-UBND',
  '2231/SNV-CCHC&PC',
  'NQ TƯ 4 khóa XI',
  'Nghị quyết T. Ư 4',
  'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII',
  'Nghị quyết số: 12',
  'NGHỊ QUYẾT SỐ 19 của Tỉnh ủy',
  'Hiến pháp năm 2013',
  'BỘ LUẬT LAO ĐỘNG 2019',
  'Pháp lệnh Ưu đãi người có công với cách mạng ngày 09/12/2020',
];

const texts = [
  ...CORPUS.map((c) => c.s.replace(/\[\[([^\]|]+)(?:\|[^\]]+)?\]\]/g, '$1')),
  ...markdownFiles(join(ROOT, 'content')).flatMap((f) => readFileSync(f, 'utf8').split(/\n\s*\n/)),
  ...generateCorpus({ pages: 400, seed: 3 }).pages.flatMap((p) => p.body.split(/\n\s*\n/)),
  ...ODD,
].map((t) => t.normalize('NFC'));

const PAIRS = [
  ['party', PARTY, MAY_MATCH.party],
  ['state', STATE, MAY_MATCH.state],
  ['plenum', PLENUM, MAY_MATCH.plenum],
  ['numbered', NUMBERED, MAY_MATCH.numbered],
  ['named', NAMED, MAY_MATCH.named],
] as const;

describe('the patterns’ cheap tests', () => {
  for (const [name, pattern, test] of PAIRS) {
    it(`${name}: every text the pattern matches passes its test, and the test turns most others away`, () => {
      const matched = texts.filter((t) => new RegExp(pattern.source, pattern.flags).test(t));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((t) => !test.test(t))).toEqual([]);
      // A test that let everything through would be no test.
      expect(texts.filter((t) => test.test(t)).length).toBeLessThan(texts.length / 2);
    });
  }
});
