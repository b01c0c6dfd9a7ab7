/**
 * The site's Content-Security-Policy, written into every page at build time. Scripts come from
 * the site's own origin, plus the few inline scripts Docusaurus writes (the colour-mode script
 * in every page's head, the base-URL banner on the home page), each allowed by its hash: an
 * injected script, inline handler or `javascript:` link does not run, nor does `eval`.
 *
 * Styles allow inline: React renders `style` attributes into the static HTML (over 2,000 of
 * them), and a diagram's SVG carries a `<style>` whose ids the page renames at run time (a
 * second copy on a page, the zoom view), so no hash list made at build time could cover them.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'`: how a policy allows one inline script, by its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// A `type` a browser runs as a script: none, a JavaScript MIME type, or `module`. JSON-LD and
// other data blocks are never run, so the policy does not apply to them.
const RUNNABLE_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The text of each inline script of an HTML page that a browser would run. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`))
    .filter(([, attributes]) => {
      const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`);
      return RUNNABLE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim());
    })
    .map(([, , text]) => text)
    .filter((text) => text.trim() !== '');
}

/** The policy for pages whose inline scripts are `scripts` (each allowed by its hash). */
export function contentSecurityPolicy(scripts: Iterable<string>): string {
  const hashes = [...new Set([...scripts].map(hashSource))].sort();
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // Infima draws some icons (external links, menu carets) as data: SVG images in its CSS.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CHARSET = /<meta charset=["']?[\w-]+["']?\s*\/?>/i;

/**
 * The page with the policy as the first element after its charset: a policy in a `<meta>`
 * governs only what comes after it, so it must come before every script and style.
 */
export function withPolicy(html: string, policy: string): string {
  if (/<meta\b[^>]*\bhttp-equiv=["']?Content-Security-Policy/i.test(html))
    throw new Error('the page already has a policy');
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error('expected a <meta charset> at the start of <head>');
  const end = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return html.slice(0, end) + meta + html.slice(end);
}
