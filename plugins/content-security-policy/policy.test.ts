import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, inlineScripts, withPolicy } from './policy';

const PAGE =
  '<!doctype html><html lang=en><head><meta charset=UTF-8><meta name=generator content="Docusaurus">' +
  '<script>setTheme()</script><script src=/assets/js/main.js defer></script>' +
  '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script>' +
  '<script type="module">go()</script><script type="text/javascript">legacy()</script>' +
  '<script data-rh=true>banner()</script></head><body><script></script></body></html>';

describe('inlineScripts', () => {
  it('finds the inline scripts a browser runs, not script files or data blocks', () => {
    expect(inlineScripts(PAGE)).toEqual(['setTheme()', 'go()', 'legacy()', 'banner()']);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(['setTheme()', 'banner()', 'setTheme()']);
  const directives = new Map(
    policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
  );

  it('allows scripts from the site and the given inline scripts by hash, once each, and never eval', () => {
    const digest = createHash('sha256').update('setTheme()').digest('base64');
    expect(hashSource('setTheme()')).toBe(`'sha256-${digest}'`);
    expect(directives.get('script-src')).toEqual([
      "'self'",
      ...[hashSource('banner()'), hashSource('setTheme()')].sort(),
    ]);
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('blocks plugins and base changes, and keeps everything else to the site', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives)
      expect(
        sources.filter((source) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(source)),
        name,
      ).toEqual(name === 'script-src' ? [hashSource('banner()'), hashSource('setTheme()')].sort() : []);
  });
});

describe('withPolicy', () => {
  it('puts the policy right after the charset, before every script and style', () => {
    const html = withPolicy(PAGE, "default-src 'self'");
    expect(html).toContain(
      `<meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta name=generator`,
    );
  });

  it('refuses a page without a charset, or with a policy already', () => {
    expect(() => withPolicy('<html><head><script>x()</script>', "default-src 'self'")).toThrow(/meta charset/);
    expect(() => withPolicy(withPolicy(PAGE, 'a'), 'b')).toThrow(/already has a policy/);
    // Text about a policy is not one.
    expect(withPolicy(`${PAGE}<p>http-equiv="Content-Security-Policy"</p>`, 'a')).toContain('content="a"');
  });
});
