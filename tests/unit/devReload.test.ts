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
import { byFile, newOutlineItem, resultWords } from '../support/authorEdits';

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

/** Ordinary edits, found by what the pages hold: a new outline item, an empty one to prepare, a number in a Result. */
const ITEM = newOutlineItem(siteDir, 'Ansible Playbooks');
const EMPTY_ITEM = newOutlineItem(siteDir, '<ToPrepare>The guide leaves this item empty.</ToPrepare>');
const RESULT = resultWords(siteDir, 'It served 42 teams.');

describe('after a page is saved in the dev server', () => {
  const plugins = [storyCatalogPlugin(context), practiceDeckPlugin(context), guidePlugin(context)];

  it('the plugins that read the pages watch no file of their own', () => {
    for (const plugin of plugins) expect(plugin.getPathsToWatch, plugin.name).toBeUndefined();
  });

  it('the next reload of any plugin publishes the new story check, deck and "to prepare" list', async () => {
    const [catalog, deck, guide] = plugins;
    const measures = async () =>
      ((await reload(catalog)).globalData as StoryCatalog).stories.find((s) => s.id === RESULT.story)!.check.measures;
    const cards = async () => (JSON.parse((await reload(deck)).files['practice-deck.json']) as PracticeDeck).cards;
    const spots = async () => ((await reload(guide)).globalData as GuideData).toPrepare;
    const before = { measures: await measures(), cards: await cards(), spots: await spots() };
    expect(before.measures).not.toContain('42 teams');

    for (const [file, edit] of Object.entries(byFile([ITEM, EMPTY_ITEM, RESULT]))) {
      const target = path.join(siteDir, file);
      writeFileSync(target, edit(readFileSync(target, 'utf8')));
    }

    expect(await measures()).toContain('42 teams');
    expect((await cards()).map((card) => card.text)).toEqual(
      expect.arrayContaining([...before.cards.map((card) => card.text), 'Ansible Playbooks']),
    );
    expect(await cards()).toHaveLength(before.cards.length + 1);
    expect(await spots()).toHaveLength(before.spots.length + 1);
  });
});
