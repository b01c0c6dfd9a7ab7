/**
 * The line of a page file where a front-matter field is written, so an error about the field can
 * name it: `sidebar_position`, or a nested one such as `principles[1].principle`, found as the
 * first line under its top-level key that holds the value.
 */

/** `principles[1].principle` from a validator's path `['principles', 1, 'principle']`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
}

/** The 1-based line of `field` in the front matter of `fileContent`, if it is written there. */
export function fieldLine(fileContent: string, field: string, value?: unknown): number | undefined {
  const lines = fileContent.split('\n');
  if (lines[0].trim() !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  const frontMatter = lines.slice(0, end === -1 ? lines.length : end);
  const [key] = field.split(/[.[]/);
  const keyIndex = frontMatter.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} :`));
  if (keyIndex === -1) return undefined;
  // A nested field: the first line of the key's block (indented or a list item) with the value.
  if (field !== key && (typeof value === 'string' || typeof value === 'number')) {
    for (let i = keyIndex + 1; i < frontMatter.length && /^[\s-]/.test(frontMatter[i]); i++)
      if (frontMatter[i].includes(String(value))) return i + 1;
  }
  return keyIndex + 1;
}
