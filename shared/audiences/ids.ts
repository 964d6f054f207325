// LINE user IDs ("U" + 32 lowercase hex) and IFAs (UUIDs), classified straight from bytes, and packed
// into four 32-bit words so millions of them fit in typed arrays instead of strings.

export type MemberIdKind = 'userId' | 'ifa';

export const memberIdKinds: readonly MemberIdKind[] = ['userId', 'ifa'];

/** Hex digit value of each byte, or -1; user IDs accept lowercase only, IFAs either case. */
const lowerHex = new Int8Array(256).fill(-1);
const anyHex = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) {
  lowerHex[48 + i] = i;
  anyHex[48 + i] = i;
}
for (let i = 0; i < 6; i++) {
  lowerHex[97 + i] = 10 + i;
  anyHex[97 + i] = 10 + i;
  anyHex[65 + i] = 10 + i;
}

/** Value of each lowercase hex digit; 0x100 for every other byte (user IDs take lowercase only). */
const hexValue = new Int32Array(256).fill(0x100);
for (let i = 0; i < 256; i++) if ((lowerHex[i] as number) >= 0) hexValue[i] = lowerHex[i] as number;

/**
 * Value of each pair of lowercase hex digits read as one 16-bit index (first byte high), or 0x100 for
 * any pair with another byte: half the lookups of one table per digit, and 128 KiB, of which the
 * hex pairs touch a few cache lines.
 */
const hexPairValue = new Int32Array(1 << 16).fill(0x100);
for (let hi = 0; hi < 256; hi++)
  for (let lo = 0; lo < 256; lo++)
    if ((hexValue[hi] as number) < 0x100 && (hexValue[lo] as number) < 0x100)
      hexPairValue[(hi << 8) | lo] = ((hexValue[hi] as number) << 4) | (hexValue[lo] as number);

/**
 * A DataView of the last byte array parsed: four digits per load, where a load per digit costs more.
 * Lines of one file come from a few large chunks, so a view is made once per chunk.
 */
let viewedBytes: Uint8Array | undefined;
let view: DataView | undefined;

function viewOf(bytes: Uint8Array): DataView {
  if (bytes !== viewedBytes || !view) {
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    viewedBytes = bytes;
  }
  return view;
}

/** Why a cell is not an ID; each has a translated explanation in the UI and the CLI report. */
export type InvalidIdReason =
  'empty' | 'not-an-id' | 'user-id-uppercase' | 'user-id-length' | 'ifa-format' | 'non-ascii';

export const userIdLength = 33;
export const ifaLength = 36;

const U = 0x55;
const DASH = 0x2d;

/**
 * Parses bytes[start, end) as an ID into words[at..at+3]. Returns the kind, or an invalid reason.
 * No regular expression and no string: this runs once per row of files with millions of rows.
 */
export function parseIdBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  words: Uint32Array,
  at: number,
): MemberIdKind | InvalidIdReason {
  const length = end - start;
  if (length === userIdLength && bytes[start] === U) {
    // Eight digits per word, read as two big-endian 32-bit loads of four digits each, then looked
    // up as pairs: one table lookup per pair of digits, no branch per digit. An invalid pair is
    // 0x100 in the table, which survives in `bad`. This runs once per row of files with millions of
    // rows, so the loop is unrolled by hand.
    const h = hexPairValue;
    const v = viewOf(bytes);
    let bad = 0;
    let p = start + 1;
    for (let w = 0; w < 4; w++, p += 8) {
      const x = v.getUint32(p);
      const y = v.getUint32(p + 4);
      const v0 = h[x >>> 16] as number;
      const v1 = h[x & 0xffff] as number;
      const v2 = h[y >>> 16] as number;
      const v3 = h[y & 0xffff] as number;
      bad |= v0 | v1 | v2 | v3;
      words[at + w] = ((v0 << 24) | (v1 << 16) | (v2 << 8) | v3) >>> 0;
    }
    if ((bad & 0x100) === 0) return 'userId';
    for (let i = start + 1; i < end; i++) {
      const b = bytes[i] as number;
      if ((lowerHex[b] as number) < 0 && (anyHex[b] as number) >= 0) return 'user-id-uppercase';
    }
    return 'not-an-id';
  }
  if (length === ifaLength) {
    if (
      bytes[start + 8] !== DASH ||
      bytes[start + 13] !== DASH ||
      bytes[start + 18] !== DASH ||
      bytes[start + 23] !== DASH
    ) {
      return 'not-an-id';
    }
    let digit = 0;
    let w = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      if (b === DASH && (i - start === 8 || i - start === 13 || i - start === 18 || i - start === 23))
        continue;
      const v = anyHex[b] ?? -1;
      if (v < 0) return 'ifa-format';
      w = (w << 4) | v;
      digit++;
      if ((digit & 7) === 0) words[at + (digit >>> 3) - 1] = w >>> 0;
    }
    return 'ifa';
  }
  if (length === 0) return 'empty';
  for (let i = start; i < end; i++) if ((bytes[i] ?? 0) >= 0x80) return 'non-ascii';
  if (bytes[start] === U && length > 1) {
    // "U" and hex, but the wrong length: the common typo of a truncated or doubled copy-paste.
    let hexOnly = true;
    for (let i = start + 1; i < end; i++) if ((anyHex[bytes[i] ?? 0] ?? -1) < 0) hexOnly = false;
    if (hexOnly) return 'user-id-length';
  }
  return 'not-an-id';
}

const hexDigits = '0123456789abcdef';

function wordHex(word: number): string {
  let out = '';
  for (let shift = 28; shift >= 0; shift -= 4) out += hexDigits[(word >>> shift) & 15];
  return out;
}

/** The canonical text of a packed ID: user IDs as LINE writes them, IFAs as lowercase UUIDs. */
export function formatPackedId(kind: MemberIdKind, words: Uint32Array, at: number): string {
  const hex =
    wordHex(words[at] ?? 0) +
    wordHex(words[at + 1] ?? 0) +
    wordHex(words[at + 2] ?? 0) +
    wordHex(words[at + 3] ?? 0);
  switch (kind) {
    case 'userId':
      return `U${hex}`;
    case 'ifa':
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const scratch = new Uint32Array(4);

/** Classifies one ID typed or pasted by hand (surrounding spaces ignored). */
export function classifyId(text: string): MemberIdKind | InvalidIdReason {
  const trimmed = text.trim();
  const bytes = new Uint8Array(trimmed.length);
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    bytes[i] = code < 0x80 ? code : 0x80;
  }
  return parseIdBytes(bytes, 0, bytes.length, scratch, 0);
}

/** The canonical form of a valid ID, or undefined. */
export function normalizeId(text: string): { kind: MemberIdKind; id: string } | undefined {
  const kind = classifyId(text);
  if (kind !== 'userId' && kind !== 'ifa') return undefined;
  return { kind, id: formatPackedId(kind, scratch, 0) };
}

export function isMemberIdKind(value: string): value is MemberIdKind {
  return value === 'userId' || value === 'ifa';
}
