import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './index.module.css';
import { usePluginData } from '@docusaurus/useGlobalData';
import { usePluralForm } from '@docusaurus/theme-common';
import { GUIDE_TITLE, SITE_PARTS } from '@site/src/lib/guide/sections';
import type { GuideData } from '@site/src/lib/guide/toPrepare';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';

interface Part {
  to: string;
  title: string;
  text: string;
}

/** The guide's parts, each said from the pages themselves: the outlines' topics, the stories' customers. */
function useParts(): Part[] {
  const { topics } = usePluginData('guide') as GuideData;
  const { stories } = useStoryCatalog();
  const { selectMessage } = usePluralForm();
  const list = (items: readonly string[]) =>
    items.join(translate({ id: 'home.listSeparator', message: ', ', description: 'Between the items of a list' }));
  return [
    {
      to: SITE_PARTS.overview.route,
      title: translate({ id: 'home.overview.title', message: 'Overview' }),
      text: translate({
        id: 'home.overview.text',
        message: 'The role, the Data Lab week, the five-round onsite loop and what each round assesses.',
      }),
    },
    {
      to: SITE_PARTS.principles.route,
      title: translate({ id: 'home.principles.title', message: 'Leadership Principles' }),
      text: translate({
        id: 'home.principles.text',
        message: 'The 16 principles, the stories that show each one and the gaps still to fill.',
      }),
    },
    {
      to: SITE_PARTS.breadth.route,
      title: translate({ id: 'home.breadth.title', message: 'Technical breadth' }),
      text: selectMessage(
        topics.breadth.length,
        translate(
          {
            id: 'home.breadth.text',
            message: 'One area: {areas}.|{count} areas: {areas}.',
            description: 'Plural forms separated by |: the breadth outline’s pages',
          },
          { count: topics.breadth.length, areas: list(topics.breadth) },
        ),
      ),
    },
    {
      to: SITE_PARTS.depth.route,
      title: translate({ id: 'home.depth.title', message: 'Technical depth' }),
      text: translate(
        { id: 'home.depth.text', message: '{topics}.', description: 'The depth outline’s pages' },
        { topics: list(topics.depth) },
      ),
    },
    {
      to: SITE_PARTS.stories.route,
      title: translate({ id: 'home.stories.title', message: 'STAR stories' }),
      text: translate(
        {
          id: 'home.stories.text',
          message: '{customers}: Situation, Task, Action and Result with architecture diagrams.',
          description: 'The stories’ customers',
        },
        { customers: list(stories.map((story) => story.facts.customer)) },
      ),
    },
    {
      to: SITE_PARTS.toPrepare.route,
      title: translate({ id: 'home.toPrepare.title', message: 'To prepare' }),
      text: translate({ id: 'home.toPrepare.text', message: 'Everything the guide still leaves empty or unfinished.' }),
    },
  ];
}

export default function Home(): ReactNode {
  const parts = useParts();
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'AWS Principal Data Lab Architect interview prep' })}
      description={translate({
        id: 'home.description',
        message:
          'A candidate’s guide to the AWS Principal Data Lab Architect onsite: overview, Leadership Principles, breadth, depth and STAR stories.',
      })}>
      <main className={styles.main}>
        <header className={styles.hero}>
          <Heading as="h1">{GUIDE_TITLE}</Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              A candidate’s guide to the onsite loop: read the overview, check each Leadership Principle against a
              story, revise the breadth and depth outlines, and rehearse the STAR stories.
            </Translate>
          </p>
          <Link className="button button--primary button--lg" to={SITE_PARTS.overview.route}>
            <Translate id="home.start">Start with the overview</Translate>
          </Link>
        </header>
        <nav aria-label={translate({ id: 'home.partsNav', message: 'Parts of the guide' })}>
          <ul className={styles.parts}>
            {parts.map((part) => (
              <li key={part.to}>
                <Link className={styles.part} to={part.to}>
                  <span className={styles.partTitle}>{part.title}</span>
                  <span className={styles.partText}>{part.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </main>
    </Layout>
  );
}
