/**
 * The HTML of a static redirect page: meta refresh plus a plain link (works without
 * JavaScript), a canonical link to the target, noindex, and no data-pagefind-body so search
 * never lists it. One function for the Astro component (former slugs) and the short-link
 * integration, which writes one such page per lesson without a render pass each.
 */
export interface Redirect {
  /** base-aware target, may carry a #fragment */
  to: string;
  /** the target without fragment, absolute when the site address is known */
  canonical: string;
  /** what the target is, shown in the link */
  label: string;
  heading: string;
  favicon: string;
}

/** The site's policy for a page without script or style: nothing runs, only its icon loads. */
const REDIRECT_CSP = "default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'";

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectHtml({ to, canonical, label, heading, favicon }: Redirect): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="content-security-policy" content="${REDIRECT_CSP}"><title>${escape(heading)} — Sổ tay</title><meta http-equiv="refresh" content="0; url=${escape(to)}"><link rel="canonical" href="${escape(canonical)}"><meta name="robots" content="noindex"><link rel="icon" href="${escape(favicon)}" type="image/svg+xml"></head><body><main><h1>${escape(heading)}</h1><p>Trang này chuyển tới <a href="${escape(to)}" data-redirect-target>${escape(label)}</a>.</p><p>Nếu trình duyệt không tự chuyển, hãy bấm vào liên kết trên.</p></main></body></html>`;
}
