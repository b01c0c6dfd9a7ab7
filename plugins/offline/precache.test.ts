import { describe, expect, it } from 'vitest';
import { isOfflineFile } from '../../src/sw/offlineFiles.js';
import { offlineManifest } from './precache';

describe('the offline copy', () => {
  it('keeps what reading needs', () => {
    for (const url of [
      'index.html',
      'stories/huron-data-platform.html',
      'assets/js/main.fd9c6598.js',
      'assets/js/runtime~main.efb25729.js',
      'assets/css/styles.3098f460.css',
      'search-index.json',
      'diagram-0e3c6a082a77.svg',
      'img/logo.svg',
    ])
      expect(isOfflineFile(url), url).toBe(true);
  });

  it('drops cards, icons, the worker and the crawler files', () => {
    for (const url of [
      'img/cards/huron-data-platform.png',
      'img/social-card.png',
      'img/icon-512.png',
      '539.sw.js',
      'sw.js',
      'manifest.json',
      'sitemap.xml',
    ])
      expect(isOfflineFile(url), url).toBe(false);
  });

  it('filters a manifest', async () => {
    const entries = [
      { url: 'index.html', revision: 'a', size: 1 },
      { url: 'img/cards/x.png', revision: 'b', size: 2 },
    ];
    expect((await offlineManifest(entries)).manifest).toEqual([entries[0]]);
  });
});
