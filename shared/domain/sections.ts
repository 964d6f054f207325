// The product's top-level sections, in navigation order.

export const appSections = ['editor', 'campaigns', 'audiences', 'quota', 'sync', 'settings'] as const;
export type AppSection = (typeof appSections)[number];

export function isAppSection(value: unknown): value is AppSection {
  return typeof value === 'string' && (appSections as readonly string[]).includes(value);
}
