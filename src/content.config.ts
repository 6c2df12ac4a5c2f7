/**
 * Astro content collections over the top-level `content/` folder.
 * Schemas live in ./content/schemas.ts so the content checker can reuse them.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { markdownFiles } from './loader/markdown-files.ts';
import { createRenderPool } from './loader/render-pool.ts';
import { makeSchemas, type CollectionName } from './content/schemas.ts';

const schemas = makeSchemas((collection) => reference(collection));

/** One pool of render threads for every collection (it starts no thread until a build renders). */
const pool = createRenderPool();

/**
 * Markdown collections: one file per entry, the id is the file name folded to a slug; the
 * raw Markdown is not kept in the content store, since no page reads it back.
 */
function collectionFiles(collection: Exclude<CollectionName, 'thuat-ngu'>) {
  return markdownFiles({ collection, pool });
}

export const collections = {
  'van-ban': defineCollection({ loader: collectionFiles('van-ban'), schema: schemas['van-ban'] }),
  'bai-hoc': defineCollection({ loader: collectionFiles('bai-hoc'), schema: schemas['bai-hoc'] }),
  'dai-hoi': defineCollection({ loader: collectionFiles('dai-hoi'), schema: schemas['dai-hoi'] }),
  'chu-de-nam': defineCollection({ loader: collectionFiles('chu-de-nam'), schema: schemas['chu-de-nam'] }),
  'to-chuc': defineCollection({ loader: collectionFiles('to-chuc'), schema: schemas['to-chuc'] }),
  nguon: defineCollection({ loader: collectionFiles('nguon'), schema: schemas['nguon'] }),
  'chu-de': defineCollection({ loader: collectionFiles('chu-de'), schema: schemas['chu-de'] }),
  'thuat-ngu': defineCollection({
    loader: file('./content/thuat-ngu.yaml'),
    schema: schemas['thuat-ngu'],
  }),
};
