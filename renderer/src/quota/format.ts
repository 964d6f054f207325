// Numbers, money, dates and months of the Quota section in the UI's language. Dates of the forecast
// are local dates of the channel (YYYY-MM-DD), shown as they are, whatever the computer's zone.

import type { Currency } from '../../../shared/quota/model';

export function formatCount(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** An amount in the plan's currency; unit prices keep up to 3 decimals (NT$0.200). */
export function formatMoney(locale: string, currency: Currency, amount: number, unitPrice = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(unitPrice ? { minimumFractionDigits: 0, maximumFractionDigits: 3 } : {}),
  }).format(amount);
}

const utcNoon = (date: string): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  return new Date(Date.UTC(year, month - 1, day ?? 1, 12));
};

/** A local date (YYYY-MM-DD) such as “Dec 20, 2026” or “2026年12月20日”. */
export function formatDate(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcNoon(date));
}

/** The day of the month alone, as the chart's axis shows it (“20”, “20日”). */
export function formatDay(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }).format(utcNoon(date));
}

/** A month (YYYY-MM) such as “December 2026” or “2026年12月”. */
export function formatMonth(locale: string, month: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    utcNoon(month),
  );
}

/** A send's time in the channel's zone. */
export function formatSendTime(locale: string, at: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(at),
  );
}

/** The month before or after `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + by;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
}
