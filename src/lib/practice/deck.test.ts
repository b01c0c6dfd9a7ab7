import { describe, expect, it } from 'vitest';
import { createSlugger } from '@docusaurus/utils';
import { parseGuide } from '../guide/parseGuide';
import { loadGuide } from '../guide/guideFile';
import { buildDeck, cardLink } from './deck';

const deck = buildDeck(loadGuide(), createSlugger);
const card = (text: string) => deck.filter((c) => c.text === text);

describe('buildDeck on a small outline', () => {
  const rst = [
    'Guide',
    '=====',
    '',
    '技术广度准备',
    '------',
    '',
    'DevOps',
    '~~~~~~',
    '',
    '- CI/CD Pipeline',
    '    - Jenkins',
    '- CI/CD Pipeline',
    '',
    '技术深度准备',
    '------',
    '',
    'Machine Learning Powered Application',
    '~~~~~~',
    '',
    '- Logic Regression',
    '-',
    '',
    'Story',
    '-----',
    '',
    '- not a card',
  ].join('\n');

  it('keeps every non-empty item under the breadth and depth areas, with its path, route and anchor', () => {
    expect(buildDeck(parseGuide(rst), createSlugger)).toEqual([
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
      {
        id: 'depth/machine-learning-applications/logistic-regression',
        text: 'Logistic Regression',
        path: ['Machine Learning Powered Application'],
        route: '/depth/machine-learning-applications',
      },
    ]);
  });
});

describe('buildDeck on the guide', () => {
  it('has a card for every breadth and depth item, with unique ids', () => {
    expect(deck.length).toBeGreaterThan(100);
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length);
    expect(deck.every((c) => c.text !== '')).toBe(true);
  });

  it('gives a nested breadth item its outline path and its top-level heading', () => {
    expect(card('Compression')).toEqual([
      {
        id: 'breadth/database-engineer/olap-redshift-compression',
        text: 'Compression',
        path: ['Database Engineer', 'OLAP', 'Redshift'],
        route: '/breadth/database-engineer',
        anchor: 'olap',
      },
    ]);
    expect(cardLink(card('Compression')[0])).toBe('/breadth/database-engineer#olap');
    expect(card('Config / Parameter Management')[0].anchor).toBe('config--parameter-management');
  });

  it('links depth topics to their page without an anchor', () => {
    expect(card('Pro-Con')).toEqual([
      {
        id: 'depth/microservices/pro-con',
        text: 'Pro-Con',
        path: ['Microservices Architect in general and AWS best Practice'],
        route: '/depth/microservices',
      },
    ]);
    expect(cardLink(card('Pro-Con')[0])).toBe('/depth/microservices');
  });

  it('uses the corrected names and leaves out stories and the overview', () => {
    expect(card('Chalice')).toHaveLength(1);
    expect(card('Charlies')).toHaveLength(0);
    expect(deck.some((c) => c.route.startsWith('/stories') || c.route === '/overview')).toBe(false);
  });
});
