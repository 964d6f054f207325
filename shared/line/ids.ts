// Formats of the identifiers LINE uses, as patterns and small checks (docs/line-platform.md).

/** A user ID: `U` and 32 lowercase hex digits. */
export const userIdPattern = /^U[0-9a-f]{32}$/;
/** An IFA (identifier for advertisers): a UUID, any case. */
export const ifaPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** `X-Line-Request-Id` and `X-Line-Retry-Key`: a hex UUID. */
export const requestIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const retryKeyPattern =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A rich menu ID: `richmenu-` and 32 hex digits. */
export const richMenuIdPattern = /^richmenu-[0-9a-f]{32}$/;
/** A rich menu alias ID, unique per channel. */
export const richMenuAliasIdPattern = /^[a-z0-9_-]{1,32}$/;
/** A custom aggregation unit name. */
export const aggregationUnitPattern = /^[a-zA-Z0-9_]{1,30}$/;
/** A date parameter of the counting and insight endpoints (UTC+9). */
export const lineDatePattern = /^\d{8}$/;

export const isUserId = (value: string): boolean => userIdPattern.test(value);
export const isIfa = (value: string): boolean => ifaPattern.test(value);
export const isRetryKey = (value: string): boolean => retryKeyPattern.test(value);

const jstOffsetMs = 9 * 3600_000;

/** `yyyyMMdd` of a moment in UTC+9, the time zone of LINE's date parameters. */
export function lineDate(epochMs: number): string {
  const d = new Date(epochMs + jstOffsetMs);
  return `${String(d.getUTCFullYear())}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The start (epoch ms) of the UTC+9 calendar month holding `epochMs`: quota months are counted so. */
export function lineMonthStart(epochMs: number): number {
  const d = new Date(epochMs + jstOffsetMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - jstOffsetMs;
}

/** The start of the next UTC+9 month. */
export function lineNextMonthStart(epochMs: number): number {
  const d = new Date(epochMs + jstOffsetMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - jstOffsetMs;
}

/** Epoch ms of 00:00 UTC+9 on a `yyyyMMdd` date, or undefined when it is not a real date. */
export function parseLineDate(value: string): number | undefined {
  if (!lineDatePattern.test(value)) return undefined;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const ms = Date.UTC(y, m - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day)
    return undefined;
  return ms - jstOffsetMs;
}
