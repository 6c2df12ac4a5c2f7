/**
 * Astro content collections over the top-level `content/` folder.
 * Schemas live in ./content/schemas.ts so the content checker can reuse them.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { makeSchemas, type CollectionName } from './content/schemas.ts';
import { entryIdFromPath } from './lib/entry-id.ts';

const schemas = makeSchemas((collection) => reference(collection));

/** Markdown collections: one file per entry, the id is the file name folded to a slug. */
function markdownFiles(name: Exclude<CollectionName, 'thuat-ngu'>) {
  return glob({
    pattern: '**/*.{md,mdx}',
    base: `./content/${name}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  'van-ban': defineCollection({ loader: markdownFiles('van-ban'), schema: schemas['van-ban'] }),
  'bai-hoc': defineCollection({ loader: markdownFiles('bai-hoc'), schema: schemas['bai-hoc'] }),
  'dai-hoi': defineCollection({ loader: markdownFiles('dai-hoi'), schema: schemas['dai-hoi'] }),
  'chu-de-nam': defineCollection({ loader: markdownFiles('chu-de-nam'), schema: schemas['chu-de-nam'] }),
  'to-chuc': defineCollection({ loader: markdownFiles('to-chuc'), schema: schemas['to-chuc'] }),
  nguon: defineCollection({ loader: markdownFiles('nguon'), schema: schemas['nguon'] }),
  'chu-de': defineCollection({ loader: markdownFiles('chu-de'), schema: schemas['chu-de'] }),
  'thuat-ngu': defineCollection({
    loader: file('./content/thuat-ngu.yaml'),
    schema: schemas['thuat-ngu'],
  }),
};
