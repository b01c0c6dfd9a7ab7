/**
 * The pages defend themselves: every page carries the site's Content-Security-Policy before any
 * script, and code injected into a page (an inline script, an inline handler, a `javascript:`
 * link, eval, a script or plugin from elsewhere, a new base URL) is blocked and reported. The
 * site's own code trips nothing: every test fails on a violation (support/test.ts), and the
 * page sweep visits every page online and offline (every-page.spec.ts).
 */
import { test, expect, reportPolicyViolations } from './support/test';
import { gotoHydrated } from './support/site';

const PAGES = ['/', '/stories/huron-data-platform', '/zh-Hans/practice'];

test('a page as the browser gets it has the policy first in its head: scripts by origin and hash, no eval, no plugins', async ({
  page,
}) => {
  for (const url of PAGES) {
    await page.goto(url);
    const head = await page.evaluate(() => [...document.head.children].slice(0, 2).map((element) => element.outerHTML));
    expect(head[0]).toMatch(/^<meta charset="utf-8">$/i);
    const policy = /^<meta http-equiv="Content-Security-Policy" content="([^"]+)">$/.exec(head[1])?.[1];
    expect(policy, `${url}: the policy right after the charset`).toBeDefined();
    const directives = Object.fromEntries(
      policy!
        .split('; ')
        .map((directive) => directive.split(' '))
        .map(([name, ...sources]) => [name, sources]),
    );
    // Every built page's policy is checked in tests/content/contentSecurityPolicy.test.ts.
    expect(directives['script-src'][0]).toBe("'self'");
    expect(directives['script-src'].length).toBeGreaterThan(1);
    for (const source of directives['script-src'].slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy).not.toContain('unsafe-eval');
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
  }
});

test('code injected into a page is blocked and reported', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const violations = await reportPolicyViolations(context);
  const page = await context.newPage();
  try {
    await gotoHydrated(page, '/stories/huron-data-platform');
    const injected = await page.evaluate(async () => {
      const ran: string[] = [];
      Object.assign(window, { injected: (what: string) => ran.push(what) });
      const script = document.createElement('script');
      script.textContent = 'injected("inline script")';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<img src="/img/logo.svg" onload="injected(\'inline handler\')">');
      const link = document.createElement('a');
      link.href = 'javascript:injected("javascript: link")';
      document.body.append(link);
      link.click();
      // Later, as the page's own code: DevTools' evaluation (this function) may always eval.
      const evaluated = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(eval('"eval ran"') as string);
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      const foreign = document.createElement('script');
      foreign.src = 'https://scripts.example.com/x.js';
      document.body.append(foreign);
      document.body.insertAdjacentHTML('beforeend', '<object data="/img/logo.svg" type="image/svg+xml"></object>');
      document.head.insertAdjacentHTML('beforeend', '<base href="https://elsewhere.example.com/">');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { ran, evaluated, base: document.baseURI };
    });
    expect(injected.ran).toEqual([]);
    expect(injected.evaluated).toBe('EvalError');
    expect(injected.base).not.toContain('elsewhere.example.com');
    await expect
      .poll(() => violations.map((violation) => violation.split(' ')[1]).sort())
      .toEqual([
        'base-uri',
        'object-src',
        'script-src',
        'script-src-attr',
        'script-src-elem',
        'script-src-elem',
        'script-src-elem',
      ]);
    expect(violations.join('\n')).toContain('https://scripts.example.com/x.js');
  } finally {
    await context.close();
  }
});
