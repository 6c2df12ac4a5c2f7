/**
 * A slot on globalThis through which a build's render workers hand the citation plugin its
 * documents (src/content/loader/render-worker.ts), instead of each worker reading all of content/.
 */
import type { CiteDocument } from '../citations/resolve.ts';

export const PRESET_CITE_DOCUMENTS = Symbol.for('so-tay.cite-documents');

export function presetCiteDocuments(): CiteDocument[] | undefined {
  return (globalThis as Record<symbol, unknown>)[PRESET_CITE_DOCUMENTS] as CiteDocument[] | undefined;
}
