import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import TagChips from '@site/src/components/TagChips';
import styles from './styles.module.css';

export interface Props {
  /** The story's id in the catalog (its file name). */
  storyId: string;
}

/** A story's facts from its front matter: customer, industry, impact, its services and principles. */
export default function StoryFacts({ storyId }: Props): ReactNode {
  const story = useStoryCatalog().stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`Story "${storyId}" is missing from the story catalog`);
  const { facts } = story;
  return (
    <>
      {/* Compact, so the story's first section starts on the first screen. */}
      <dl className={styles.facts}>
        <div>
          <dt>
            <Translate id="story.customer">Customer</Translate>
          </dt>
          <dd data-story-customer>{facts.customer}</dd>
        </div>
        <div>
          <dt>
            <Translate id="story.industry">Industry</Translate>
          </dt>
          <dd>{facts.industry}</dd>
        </div>
        <div className={styles.impact}>
          <dt>
            <Translate id="story.impact">Impact</Translate>
          </dt>
          <dd>{facts.impact}</dd>
        </div>
      </dl>
      <TagChips
        vocabulary="services"
        ids={facts.services}
        label={translate({ id: 'story.services', message: 'AWS services' })}
      />
      <TagChips
        vocabulary="principles"
        ids={facts.principles.map((p) => p.principle)}
        label={translate({ id: 'story.principles', message: 'Leadership Principles' })}
      />
    </>
  );
}
