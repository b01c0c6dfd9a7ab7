// cspell:ignore Charlies Convertion ETDC Farget Hanlding surfix (the author's misspellings, listed to be corrected)
/**
 * The only edits made to the author's wording: misspelled proper names.
 * Applied to the guide before it is compared with the site, in both locales.
 */
export const NAME_CORRECTIONS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['Leadership Principal', 'Leadership Principle'],
  ['AUG', 'AUC'],
  ['Logic Regression', 'Logistic Regression'],
  ['Charlies', 'Chalice'],
  ['ETDC', 'etcd'],
  ['Farget', 'Fargate'],
  ['STC (Schema Transform Convertion)', 'SCT (Schema Conversion Tool)'],
  ['Hanlding', 'Handling'],
  ['surfix', 'suffix'],
];

export function correctNames(text: string): string {
  return NAME_CORRECTIONS.reduce(
    (result, [wrong, right]) => result.replace(new RegExp(`\\b${escapeRegExp(wrong)}(?![\\w])`, 'g'), right),
    text,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
