import { describe, expect, it } from 'vitest';
import { createSlugger } from '@docusaurus/utils';
import type { PageBlock } from '../guide/blocks';
import { buildDeck, cardLink, type OutlinePage } from './deck';

const item = (text: string, depth: number, shownAs: PageBlock['shownAs'] = 'list-item'): PageBlock => ({
  kind: 'list-item',
  shownAs,
  text,
  rst: text,
  depth,
  line: 1,
});

const PAGES: OutlinePage[] = [
  {
    route: '/breadth/devops',
    title: 'DevOps',
    outline: 'headings',
    blocks: [
      item('CI/CD Pipeline', 0, 'heading'),
      item('Jenkins', 1),
      item('CI/CD Pipeline', 0, 'heading'),
      { ...item('Redshift', 0, 'heading'), id: 'olap' },
      item('Compression', 1),
      { ...item('a note', 1), site: true },
    ],
  },
  {
    route: '/depth/machine-learning-applications',
    title: 'Machine Learning Powered Application',
    outline: 'list',
    blocks: [item('Logistic Regression', 0), item('', 0)],
  },
  { route: '/stories/x', title: 'A story', blocks: [{ ...item('not a card', 0), star: 'action' }] },
];

describe('buildDeck', () => {
  const deck = buildDeck(PAGES, createSlugger);

  it('keeps every non-empty outline item of the outline pages, with its path, route and anchor', () => {
    expect(deck).toEqual([
      {
        id: 'breadth/devops/cicd-pipeline',
        text: 'CI/CD Pipeline',
        path: ['DevOps'],
        route: '/breadth/devops',
        anchor: 'cicd-pipeline',
      },
      {
        id: 'breadth/devops/cicd-pipeline-jenkins',
        text: 'Jenkins',
        path: ['DevOps', 'CI/CD Pipeline'],
        route: '/breadth/devops',
        anchor: 'cicd-pipeline',
      },
      {
        id: 'breadth/devops/cicd-pipeline-1',
        text: 'CI/CD Pipeline',
        path: ['DevOps'],
        route: '/breadth/devops',
        anchor: 'cicd-pipeline-1',
      },
      { id: 'breadth/devops/redshift', text: 'Redshift', path: ['DevOps'], route: '/breadth/devops', anchor: 'olap' },
      {
        id: 'breadth/devops/redshift-compression',
        text: 'Compression',
        path: ['DevOps', 'Redshift'],
        route: '/breadth/devops',
        anchor: 'olap',
      },
      {
        id: 'depth/machine-learning-applications/logistic-regression',
        text: 'Logistic Regression',
        path: ['Machine Learning Powered Application'],
        route: '/depth/machine-learning-applications',
      },
    ]);
  });

  it('links a card to its heading on a headings outline, to its page on a list', () => {
    expect(cardLink(deck[4])).toBe('/breadth/devops#olap');
    expect(cardLink(deck[5])).toBe('/depth/machine-learning-applications');
  });
});
