/**
 * Runs the content checker before Astro loads anything, so bad content stops the
 * build with file, line, field and fix, instead of Astro's bare zod message or, for
 * references to missing entries, a logged error that does not fail the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from './index.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'so-tay:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        // In dev the editor sees the message and fixes the file; the server keeps running.
        if (command === 'dev') {
          console.error(message);
          return;
        }
        const error = new Error(message);
        error.name = 'ContentError';
        throw error;
      },
    },
  };
}
