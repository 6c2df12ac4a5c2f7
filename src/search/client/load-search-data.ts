/**
 * Loads the site's search data (pagefind/so-tay-search.json: the đ vocabulary, synonyms, page
 * count) once per bundle; on any failure, search still runs, without the Vietnamese rewriting
 * (EMPTY_SEARCH_DATA). In the portable copy the file comes from its script twin
 * (portable/script-files.ts), since file:// pages cannot fetch().
 */
import { SEARCH_DATA_FILE, type SearchData } from '../data.ts';
import { portableRoot } from './portable/portable-pagefind.ts';
import { readScriptFile } from './portable/script-files.ts';
import { EMPTY_SEARCH_DATA } from './vietnamese-search.ts';

const loaded = new Map<string, Promise<SearchData>>();

async function read(bundle: string): Promise<SearchData> {
  if (portableRoot() !== undefined) {
    const bytes = await readScriptFile(new URL(`${bundle}${SEARCH_DATA_FILE}`, location.href).href);
    return JSON.parse(new TextDecoder().decode(bytes)) as SearchData;
  }
  const response = await fetch(`${bundle}${SEARCH_DATA_FILE}`);
  return response.ok ? ((await response.json()) as SearchData) : EMPTY_SEARCH_DATA;
}

/** The search data next to Pagefind's bundle `bundle` (e.g. "/kb/pagefind/"). */
export function loadSearchData(bundle: string): Promise<SearchData> {
  let data = loaded.get(bundle);
  if (!data) {
    data = read(bundle).catch(() => EMPTY_SEARCH_DATA);
    loaded.set(bundle, data);
  }
  return data;
}
