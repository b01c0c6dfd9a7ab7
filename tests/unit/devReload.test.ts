/**
 * `npm run dev` shows an edit's story check, deck card and "to prepare" change: the plugins that
 * read the pages watch no file of their own (the dev server reloads plugins that watch the same
 * file side by side, and the last to finish wins, so a watcher of their own left stale figures)
 * and compute their data in `allContentLoaded`, which runs after every plugin reload, reading the
 * pages afresh each time. Checked on a copy of the site's sources, calling the plugins as the dev
 * server does.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, PluginContentLoadedActions } from '@docusaurus/types';
import { afterAll, describe, expect, it } from 'vitest';
import storyCatalogPlugin from '../../plugins/story-catalog';
import practiceDeckPlugin from '../../plugins/practice-deck';
import guidePlugin from '../../plugins/guide';
import { copySite } from '../../scripts/lib/siteCopy';
import type { StoryCatalog } from '../../src/lib/story/catalog';
import type { PracticeDeck } from '../../src/lib/practice/deck';
import type { GuideData } from '../../src/lib/guide/toPrepare';

const siteDir = copySite('dla-dev-reload-', ['static', 'diagram-cache']);
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));
const context = { siteDir, baseUrl: '/', i18n: { currentLocale: 'en' } } as unknown as LoadContext;

/** What a plugin publishes after a reload: its global data and its data files. */
async function reload(plugin: Plugin<unknown>) {
  let globalData: unknown;
  const files: Record<string, string> = {};
  const actions: PluginContentLoadedActions = {
    addRoute: () => {},
    createData: async (name, data) => {
      files[name] = String(data);
      return name;
    },
    setGlobalData: (data) => (globalData = data),
  };
  await plugin.allContentLoaded!({ allContent: {}, actions });
  return { globalData, files };
}

const edit = (file: string, change: (text: string) => string) => {
  const target = path.join(siteDir, file);
  const text = readFileSync(target, 'utf8');
  expect(change(text)).not.toBe(text);
  writeFileSync(target, change(text));
};

describe('after a page is saved in the dev server', () => {
  const plugins = [storyCatalogPlugin(context), practiceDeckPlugin(context), guidePlugin(context)];

  it('the plugins that read the pages watch no file of their own', () => {
    for (const plugin of plugins) expect(plugin.getPathsToWatch, plugin.name).toBeUndefined();
  });

  it('the next reload of any plugin publishes the new story check, deck and "to prepare" list', async () => {
    const [catalog, deck, guide] = plugins;
    const before = {
      check: ((await reload(catalog)).globalData as StoryCatalog).stories.find(
        (s) => s.id === 'firstgroup-dynamodb-data-lake',
      )!.check,
      cards: (JSON.parse((await reload(deck)).files['practice-deck.json']) as PracticeDeck).cards.length,
      spots: ((await reload(guide)).globalData as GuideData).toPrepare.length,
    };
    expect(before.check.unfinished).toContain('task');

    edit('docs/stories/firstgroup-dynamodb-data-lake.mdx', (text) =>
      text.replace(
        '<StarSection part="task" toPrepare="I am" />',
        '<StarSection part="task">\n\nI am the architect.\n\n</StarSection>',
      ),
    );
    edit('docs/breadth/devops.mdx', (text) => text.replace('- Packer\n', '- Packer\n- Ansible\n'));

    const after = (await reload(catalog)).globalData as StoryCatalog;
    expect(after.stories.find((s) => s.id === 'firstgroup-dynamodb-data-lake')!.check.unfinished).not.toContain('task');
    const cards = (JSON.parse((await reload(deck)).files['practice-deck.json']) as PracticeDeck).cards;
    expect(cards).toHaveLength(before.cards + 1);
    expect(cards.map((card) => card.text)).toContain('Ansible');
    expect(((await reload(guide)).globalData as GuideData).toPrepare).toHaveLength(before.spots - 1);
  });
});
