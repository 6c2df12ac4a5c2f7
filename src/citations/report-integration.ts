/**
 * At the end of a build, lists the citations that could not be linked: a count in the
 * build log, and every one (file, line, text, reason) in reports/citations.json.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { makeReport, writeReport } from './report.ts';
import { scanContent } from './scan.ts';

export default function citationsReport(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'so-tay:citations-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        logger.info(writeReport(root, makeReport(scanContent(root).occurrences)));
      },
    },
  };
}
