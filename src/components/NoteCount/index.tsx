import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { useNotesState } from '@site/src/hooks/useNotesState';

export interface Props {
  storyId: string;
}

/** " · 2 open notes" after the story check's summary, when this browser keeps notes on the story. */
export default function NoteCount({ storyId }: Props): ReactNode {
  const { notes } = useNotesState(storyId);
  const { selectMessage } = usePluralForm();
  if (notes.length === 0) return null;
  return (
    <span>
      {' · '}
      {selectMessage(
        notes.length,
        translate(
          {
            id: 'storyCheck.summary.notes',
            message: 'One open note|{count} open notes',
            description: 'Plural forms separated by |: the notes this browser keeps on the story',
          },
          { count: notes.length },
        ),
      )}
    </span>
  );
}
