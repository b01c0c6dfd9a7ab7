import { createContext, useContext } from 'react';
import type { Card, PracticeDeck } from '@site/src/lib/practice/deck';

/** The deck the practice route receives from `plugins/practice-deck`. */
export const PracticeDeckContext = createContext<PracticeDeck | null>(null);

/** The flash cards, inside the practice page. */
export function usePracticeDeck(): Card[] {
  const deck = useContext(PracticeDeckContext);
  if (!deck) throw new Error('usePracticeDeck is used outside the practice page');
  return deck.cards;
}
