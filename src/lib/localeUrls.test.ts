import { describe, expect, it } from 'vitest';
import { localeBaseUrls } from './localeUrls';

describe('localeBaseUrls', () => {
  it('derives every locale from the default locale’s build', () => {
    expect(localeBaseUrls('/', 'en', 'en', ['en', 'zh-Hans'])).toEqual({ en: '/', 'zh-Hans': '/zh-Hans/' });
  });

  it('derives every locale from another locale’s build under a sub-path', () => {
    expect(localeBaseUrls('/dla-prep/zh-Hans/', 'zh-Hans', 'en', ['en', 'zh-Hans'])).toEqual({
      en: '/dla-prep/',
      'zh-Hans': '/dla-prep/zh-Hans/',
    });
  });
});
