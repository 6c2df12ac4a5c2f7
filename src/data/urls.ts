/**
 * Every internal URL goes through here so the site works under any base path
 * (SITE_BASE=/kb/ → /kb/van-ban/…). Never write "/van-ban/…" by hand in a page.
 */
import type { CollectionName } from '../content/schemas.ts';
import { printableUrl, shortLinkPath } from '../lib/lesson-links.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "van-ban/12-nq-tw-2012/" → "/kb/van-ban/12-nq-tw-2012/" */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export function entryUrl(collection: Exclude<CollectionName, 'thuat-ngu'>, id: string): string {
  return url(`${collection}/${id}/`);
}

export function lessonUrl(setId: string, lessonId: string): string {
  return `${entryUrl('bai-hoc', setId)}#${lessonId}`;
}

/** The short link of a lesson, /l/<lesson-id>/ under the base: it redirects to the lesson's page and anchor. */
export function shortLinkUrl(lessonId: string): string {
  return shortLinkPath(BASE, lessonId);
}

/** A path as printed on paper: absolute when SITE_URL is set, else the base-relative path. */
export function printable(path: string): string {
  return printableUrl(path, import.meta.env.SITE);
}

/** Whether the build knows the site's full address (SITE_URL): handouts draw QR codes only then. */
export const siteAddressKnown = Boolean(import.meta.env.SITE);
