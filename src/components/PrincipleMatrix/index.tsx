import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagsOf } from '@site/src/lib/story/catalog';
import { buildPrincipleMatrix, OVERUSE_THRESHOLD } from '@site/src/lib/principles/matrix';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

/** Story × principle table from front matter, with the principles to prepare and the overused stories. */
export default function PrincipleMatrix(): ReactNode {
  const catalog = useStoryCatalog();
  const { selectMessage } = usePluralForm();
  const principles = tagsOf(catalog, 'principles');
  const matrix = buildPrincipleMatrix(
    principles.map((p) => p.id),
    catalog.stories.map((story) => ({ id: story.id, principles: story.facts.principles })),
  );
  return (
    <div className={styles.wrapper}>
      <table className={styles.matrix} data-principle-matrix>
        <caption>
          <Translate id="matrix.caption">Which story shows which Leadership Principle</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="matrix.principle">Principle</Translate>
            </th>
            {catalog.stories.map((story) => (
              <th scope="col" key={story.id} className={styles.story} data-story-column={story.id}>
                <Link to={story.slug}>{story.facts.customer}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, index) => {
            const toPrepare = matrix.toPrepare.includes(row.principle);
            return (
              <tr key={row.principle} data-matrix-row={row.principle}>
                <th scope="row">
                  {principles[index].label}
                  {toPrepare && (
                    <>
                      {' '}
                      <ToPrepare badge={false}>
                        <Translate id="toPrepare.gap">gap, to prepare</Translate>
                      </ToPrepare>
                    </>
                  )}
                </th>
                {row.cells.map((cell, column) => {
                  const story = catalog.stories[column];
                  return (
                    <td key={story.id} data-matrix-cell={cell ? 'yes' : 'no'}>
                      {cell ? (
                        <Link to={`${story.slug}#${cell.section}`} title={cell.aspect}>
                          {starPartLabel(cell.section)}
                        </Link>
                      ) : (
                        <>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">{translate({ id: 'matrix.none', message: 'no' })}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              <Translate id="matrix.load">Principles shown</Translate>
            </th>
            {matrix.load.map((load) => (
              <td key={load.storyId} className={clsx(load.overused && styles.overused)}>
                {load.count}
                {load.overused && (
                  <>
                    {' '}
                    <Translate id="matrix.overused" values={{ max: OVERUSE_THRESHOLD }}>
                      {'(leaned on: more than {max})'}
                    </Translate>
                  </>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p data-matrix-summary>
        {selectMessage(
          matrix.toPrepare.length,
          translate(
            {
              id: 'matrix.summary',
              message: '{gaps} of {total} principles has no story yet;|{gaps} of {total} principles have no story yet;',
              description: 'Plural forms separated by |, by the principles without a story',
            },
            { gaps: matrix.toPrepare.length, total: matrix.rows.length },
          ),
        )}{' '}
        {selectMessage(
          catalog.stories.length,
          translate(
            {
              id: 'matrix.summary.stories',
              message: 'one story covers the rest.|{stories} stories cover the rest.',
              description: 'Plural forms separated by |, by the stories',
            },
            { stories: catalog.stories.length },
          ),
        )}
      </p>
    </div>
  );
}
