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
function markdownCollection<C extends Exclude<CollectionName, 'thuat-ngu'>>(name: C) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: `./content/${name}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: schemas[name],
  });
}

export const collections = {
  'van-ban': markdownCollection('van-ban'),
  'bai-hoc': markdownCollection('bai-hoc'),
  'dai-hoi': markdownCollection('dai-hoi'),
  'chu-de-nam': markdownCollection('chu-de-nam'),
  'to-chuc': markdownCollection('to-chuc'),
  nguon: markdownCollection('nguon'),
  'chu-de': markdownCollection('chu-de'),
  'thuat-ngu': defineCollection({
    loader: file('./content/thuat-ngu.yaml'),
    schema: schemas['thuat-ngu'],
  }),
};
