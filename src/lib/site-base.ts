/**
 * Normalizes the SITE_BASE setting to the form Astro expects: leading and trailing slash.
 * "kb", "/kb" and "/kb/" all mean http://host/kb/.
 */
export function siteBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
