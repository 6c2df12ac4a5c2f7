/**
 * At the end of a build, lists the citations that could not be linked: a count in the
 * build log, and every one (file, line, text, reason) in reports/citations.json.
 * It also starts the build's one citation scan, in the background (see background-scan.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { makeReport, writeReport } from '../lib/citations/report.ts';
import { scanContent } from '../lib/citations/scan.ts';
import { backgroundScan } from '../lib/citations/background-scan.ts';
import { startBackgroundScan } from '../lib/citations/start-background-scan.ts';

export default function citationsReport(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'so-tay:citations-report',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        // A build scans once, on a worker thread, while Astro syncs the content.
        if (command === 'build') void startBackgroundScan(root);
      },
      'astro:build:done': async ({ logger }) => {
        const occurrences = (await backgroundScan(root)) ?? scanContent(root).occurrences;
        logger.info(writeReport(root, makeReport(occurrences)));
      },
    },
  };
}
