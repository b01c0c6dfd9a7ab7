import { describe, expect, it } from 'vitest';
import { robotsTxt } from './index';

describe('robotsTxt', () => {
  it('keeps every crawler out unless indexing is allowed', () => {
    expect(robotsTxt(false, 'https://x.dev/sitemap.xml')).toBe('User-agent: *\nDisallow: /\n');
    expect(robotsTxt(true, 'https://x.dev/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.dev/sitemap.xml\n',
    );
  });
});
