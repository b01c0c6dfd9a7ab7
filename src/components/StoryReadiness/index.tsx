import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor, tagsOf } from '@site/src/lib/story/catalog';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import { buildPrincipleMatrix } from '@site/src/lib/principles/matrix';
import {
  READINESS_COLUMNS,
  readinessSummary,
  sortStories,
  type ReadinessColumn,
  type SortDirection,
} from '@site/src/lib/storyCheck/readiness';
import { formatClock } from '@site/src/lib/practice/timer';
import { useNoteCounts } from '@site/src/hooks/useNoteCounts';
import CheckStatus from '@site/src/components/CheckStatus';
import styles from './styles.module.css';

const columnLabel = (column: ReadinessColumn): string =>
  ({
    story: translate({ id: 'readiness.story', message: 'Story' }),
    time: translate({ id: 'readiness.time', message: 'Spoken time' }),
    action: translate({ id: 'readiness.action', message: '“I” / “we” in Action' }),
    result: translate({ id: 'readiness.result', message: 'Measured result' }),
    parts: translate({ id: 'readiness.parts', message: 'To prepare' }),
    notes: translate({ id: 'readiness.notes', message: 'Notes' }),
    status: translate({ id: 'readiness.status', message: 'Status' }),
  })[column];

/** A command, the same in every language. */
const NEW_STORY_COMMAND = 'npm run new-story -- <slug>';

/**
 * Every story's story check in one sortable table, the ready / needs work count, and the
 * principles no story shows yet.
 */
export default function StoryReadiness(): ReactNode {
  const catalog = useStoryCatalog();
  const [sort, setSort] = useState<{ column: ReadinessColumn; direction: SortDirection } | null>(null);
  const noteCounts = useNoteCounts(catalog.stories.map((story) => story.id));
  const stories = catalog.stories.map((story) => ({ ...story, notes: noteCounts[story.id] ?? 0 }));
  const rows = sort ? sortStories(stories, sort.column, sort.direction) : stories;
  const summary = readinessSummary(catalog.stories);
  const principles = tagsOf(catalog, 'principles');
  const gaps = buildPrincipleMatrix(
    principles.map((p) => p.id),
    catalog.stories.map((story) => ({ id: story.id, principles: story.facts.principles })),
  ).toPrepare;

  const sortBy = (column: ReadinessColumn) =>
    setSort((current) => ({
      column,
      direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className={styles.readiness}>
      <h2 id="readiness">
        <Translate id="readiness.title">Readiness</Translate>
      </h2>
      <p data-readiness-summary>
        {translate(
          { id: 'readiness.summary', message: '{ready} ready · {needsWork} need work' },
          { ready: summary.ready, needsWork: summary.needsWork },
        )}
      </p>
      <p id="readiness-about">
        <Translate id="readiness.about">
          The story check of each story: spoken time, who acts in Action, a measured Result, unfinished parts, and the
          notes this browser keeps on it. Sort by any column.
        </Translate>
      </p>
      {/* Focusable: on a phone the table scrolls sideways, by keyboard too. */}
      <div className={styles.scroll} role="region" aria-labelledby="readiness" tabIndex={0}>
        <table
          className={styles.table}
          data-readiness-table
          aria-labelledby="readiness"
          aria-describedby="readiness-about">
          <thead>
            <tr>
              {READINESS_COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort?.column === column ? sort.direction : undefined}
                  data-column={column}>
                  <button type="button" className={styles.sort} onClick={() => sortBy(column)}>
                    {columnLabel(column)}
                    <span aria-hidden="true" className={styles.arrow}>
                      {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, slug, shortTitle, check, notes }) => (
              <tr key={id} data-readiness-row={id}>
                <th scope="row">
                  <Link to={slug}>{shortTitle}</Link>
                </th>
                <td data-total-seconds={check.totalSeconds}>{formatClock(check.totalSeconds)}</td>
                <td>{`${check.action.singular} / ${check.action.plural}`}</td>
                <td>
                  {check.measures.length > 0
                    ? check.measures.join(', ')
                    : translate({ id: 'readiness.noNumber', message: 'no number' })}
                </td>
                <td>
                  {check.unfinished.length > 0
                    ? check.unfinished.map((part) => starPartLabel(part)).join(', ')
                    : translate({ id: 'readiness.none', message: 'none' })}
                </td>
                <td>{notes}</td>
                <td>
                  <CheckStatus passes={check.ready}>
                    {check.ready
                      ? translate({ id: 'storyCheck.summary.ready', message: 'ready' })
                      : translate({ id: 'storyCheck.status.needsWork', message: 'needs work' })}
                  </CheckStatus>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-principle-gaps>
        <Translate id="readiness.gaps" values={{ count: gaps.length }}>
          {'Principles no story shows yet ({count}):'}
        </Translate>{' '}
        {gaps.map((id) => tagFor(catalog, 'principles', id).label).join(', ')}
      </p>
      <p>
        <Translate
          id="readiness.addStory"
          values={{
            command: <code>{NEW_STORY_COMMAND}</code>,
            matrix: (
              <Link to="/leadership-principles#matrix">
                <Translate id="readiness.matrix">the matrix</Translate>
              </Link>
            ),
          }}>
          {
            'To cover one, add a story with {command} (see the README) and map it in its front matter; {matrix} shows the result.'
          }
        </Translate>
      </p>
    </section>
  );
}
