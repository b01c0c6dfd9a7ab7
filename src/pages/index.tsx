import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './index.module.css';
import { GUIDE_TITLE } from '@site/src/lib/guide/sections';

interface Part {
  to: string;
  title: string;
  text: string;
}

function parts(): Part[] {
  return [
    {
      to: '/overview',
      title: translate({ id: 'home.overview.title', message: 'Overview' }),
      text: translate({
        id: 'home.overview.text',
        message: 'The role, the Data Lab week, the five-round onsite loop and what each round assesses.',
      }),
    },
    {
      to: '/leadership-principles',
      title: translate({ id: 'home.principles.title', message: 'Leadership Principles' }),
      text: translate({
        id: 'home.principles.text',
        message: 'The 16 principles, the stories that show each one and the gaps still to fill.',
      }),
    },
    {
      to: '/breadth',
      title: translate({ id: 'home.breadth.title', message: 'Technical breadth' }),
      text: translate({
        id: 'home.breadth.text',
        message: 'Seven areas, from data engineering to database migration.',
      }),
    },
    {
      to: '/depth',
      title: translate({ id: 'home.depth.title', message: 'Technical depth' }),
      text: translate({
        id: 'home.depth.text',
        message: 'Microservices on AWS, big data architecture, ML powered applications.',
      }),
    },
    {
      to: '/stories',
      title: translate({ id: 'home.stories.title', message: 'STAR stories' }),
      text: translate({
        id: 'home.stories.text',
        message: 'Huron, Capital One and FirstGroup: Situation, Task, Action and Result with architecture diagrams.',
      }),
    },
    {
      to: '/to-prepare',
      title: translate({ id: 'home.toPrepare.title', message: 'To prepare' }),
      text: translate({ id: 'home.toPrepare.text', message: 'Everything the guide still leaves empty or unfinished.' }),
    },
  ];
}

export default function Home(): ReactNode {
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
          <Link className="button button--primary button--lg" to="/overview">
            <Translate id="home.start">Start with the overview</Translate>
          </Link>
        </header>
        <nav aria-label={translate({ id: 'home.partsNav', message: 'Parts of the guide' })}>
          <ul className={styles.parts}>
            {parts().map((part) => (
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
