// One string of one catalogue by its dotted key, with its `{{name}}` placeholders filled in. Apart
// from the catalogues themselves, so code that speaks only English loads only the English one.

export function lookupMessage(
  catalogue: unknown,
  where: string,
  key: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let node = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`translate: no string at "${key}" in ${where}`);
  return node.replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
