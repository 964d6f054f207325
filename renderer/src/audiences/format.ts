// Locale-aware numbers, sizes and counts for the audience screens.

import type { AudienceCount } from '../../../shared/audiences/algebra';

export function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit] ?? 'byte',
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** What a count shows: the exact number, or the expected number and its range. */
export type CountText =
  | { readonly kind: 'exact'; readonly count: string }
  | {
      readonly kind: 'estimate';
      readonly expected: string | null;
      readonly low: string;
      readonly high: string | null;
    };

export function countText(locale: string, count: AudienceCount): CountText {
  if (count.kind === 'exact') return { kind: 'exact', count: formatNumber(locale, count.count) };
  return {
    kind: 'estimate',
    expected: count.expected === null ? null : formatNumber(locale, count.expected),
    low: formatNumber(locale, count.low),
    high: count.high === null ? null : formatNumber(locale, count.high),
  };
}
