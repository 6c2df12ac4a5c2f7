/**
 * The page a content file becomes, as the resolver names link targets ("van-ban/05-ct-tw-2016"),
 * from the file's path: the remark plugin knows the file it renders, not its entry, and a page
 * must never link to itself. Only documents and congresses are link targets.
 */
import { entryIdFromPath } from '../content/entry-id.ts';
import type { SelfPage } from './resolve.ts';

const TARGET_FILE = /(?:^|[\\/])content[\\/](van-ban|dai-hoi)[\\/](?:.*[\\/])?([^\\/]+\.mdx?)$/i;

export function selfPageOf(path: string | undefined): SelfPage {
  const m = path ? TARGET_FILE.exec(path) : null;
  return m ? `${m[1]!.toLowerCase()}/${entryIdFromPath(m[2]!)}` : null;
}
