// Which names are close to one that matched none, for "did you mean …?": the same name in another
// case or width, a part of it, or a few typing slips away (edit distance).

import { distance } from 'fastest-levenshtein';

/** How names are compared: NFKC (full-width letters as ASCII), lower case, one space between words. */
function comparable(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The items whose name is close to `wanted`, closest first (then by name), at most `max` of them.
 * Close: equal when compared as above, a name holding the wanted one (three characters or more), or
 * at most one edit per three characters of the longer name (at least one edit).
 */
export function closeMatches<T>(
  wanted: string,
  items: readonly T[],
  nameOf: (item: T) => string,
  max = 3,
): T[] {
  const target = comparable(wanted);
  if (target === '') return [];
  const scored: { item: T; name: string; score: number }[] = [];
  for (const item of items) {
    const name = comparable(nameOf(item));
    if (name === '') continue;
    const edits = distance(target, name);
    const contains = target.length >= 3 && name.includes(target);
    const allowed = Math.max(1, Math.floor(Math.max(target.length, name.length) / 3));
    if (edits === 0 || contains || edits <= allowed) {
      // A name holding the wanted one ranks just after the exact ones, whatever its length.
      scored.push({ item, name, score: edits === 0 ? 0 : contains ? 1 : 1 + edits });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, max).map((s) => s.item);
}
