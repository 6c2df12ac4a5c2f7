/**
 * Astro's middleware, run on every page as the build renders it: each page's
 * Content-Security-Policy is left with the hashes of that page's own inline code (src/lib/page-csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { trimCspHashes } from './lib/page-csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(trimCspHashes(await response.text()), response);
});
