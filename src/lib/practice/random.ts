/** Random draws with an injected source (`Math.random` in the browser, fixed values in tests). */
export type Random = () => number;

/** One item, each equally likely. */
export function pickOne<T>(items: readonly T[], random: Random): T {
  if (items.length === 0) throw new Error('Cannot pick from an empty list');
  return items[Math.min(Math.floor(random() * items.length), items.length - 1)];
}

/** `count` different items (all of them when there are fewer), in drawn order. */
export function pickDistinct<T>(items: readonly T[], count: number, random: Random): T[] {
  const rest = [...items];
  const picked: T[] = [];
  while (picked.length < count && rest.length > 0) {
    const index = Math.min(Math.floor(random() * rest.length), rest.length - 1);
    picked.push(...rest.splice(index, 1));
  }
  return picked;
}
