// Sets of 128-bit member IDs packed four words each in typed arrays: deduping an import and the
// membership masks of audience algebra, for millions of IDs in a few tens of MB and no per-ID objects.

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Bucket bits for `total` keys: buckets of about 8,192 keys fit a dedupe table in the CPU cache. */
function bucketBitsFor(total: number): number {
  let bits = 0;
  while (bits < 12 && total >>> bits > 8192) bits++;
  return bits;
}

/**
 * Scatters packed keys into buckets by the top bits of their first word (IDs are random hex, so
 * buckets come out even; skewed IDs only make one bucket, and the pass, slower). Returns the keys
 * bucket by bucket, each key's tag (its index over all sources, or its source's entry of
 * `sourceTags` when given), and where each bucket starts.
 */
function scatter(sources: readonly Uint32Array[], bucketBits: number, sourceTags?: readonly number[]) {
  let total = 0;
  for (const packed of sources) total += packed.length >>> 2;
  const bucketCount = 1 << bucketBits;
  const shift = 32 - bucketBits;
  const starts = new Int32Array(bucketCount + 1);
  for (const packed of sources) {
    for (let at = 0; at < packed.length; at += 4) {
      const b = bucketBits > 0 ? (packed[at] as number) >>> shift : 0;
      starts[b + 1] = (starts[b + 1] as number) + 1;
    }
  }
  for (let b = 0; b < bucketCount; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const fill = starts.slice(0, bucketCount);
  const keys = new Uint32Array(total * 4);
  const origin = new Int32Array(total);
  let n = 0;
  for (let s = 0; s < sources.length; s++) {
    const packed = sources[s] as Uint32Array;
    const tag = sourceTags?.[s];
    for (let at = 0; at < packed.length; at += 4, n++) {
      const w0 = packed[at] as number;
      const b = bucketBits > 0 ? w0 >>> shift : 0;
      const to = fill[b] as number;
      fill[b] = to + 1;
      const k = to * 4;
      keys[k] = w0;
      keys[k + 1] = packed[at + 1] as number;
      keys[k + 2] = packed[at + 2] as number;
      keys[k + 3] = packed[at + 3] as number;
      origin[to] = tag ?? n;
    }
  }
  let largest = 0;
  for (let b = 0; b < bucketCount; b++)
    largest = Math.max(largest, (starts[b + 1] as number) - (starts[b] as number));
  return { keys, origin, starts, bucketCount, largest };
}

/**
 * Dedupes each bucket in a small open-addressing table. Returns, for every key in bucket order, the
 * index of its first occurrence, or -1 when it is the first.
 */
function dedupeBuckets(
  keys: Uint32Array,
  starts: Int32Array,
  bucketCount: number,
  largest: number,
): Int32Array {
  const firsts = new Int32Array(keys.length >>> 2);
  let size = 16;
  while (size < largest * 2) size *= 2;
  const table = new Int32Array(size);
  const bits = size - 1;
  for (let b = 0; b < bucketCount; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from > 0) table.fill(0, 0, Math.min(size, nextPowerOfTwo((to - from) * 2)));
    const localBits = Math.min(size, nextPowerOfTwo((to - from) * 2)) - 1;
    for (let i = from; i < to; i++) {
      const k = i * 4;
      const w1 = keys[k + 1] as number;
      const w2 = keys[k + 2] as number;
      const w3 = keys[k + 3] as number;
      let slot = (Math.imul(w1 ^ w2 ^ w3 ^ (keys[k] as number), 0x9e3779b1) >>> 7) & localBits & bits;
      let first = -1;
      for (;;) {
        const entry = table[slot] as number;
        if (entry === 0) {
          table[slot] = i + 1;
          break;
        }
        const j = (entry - 1) * 4;
        if (keys[j] === keys[k] && keys[j + 1] === w1 && keys[j + 2] === w2 && keys[j + 3] === w3) {
          first = entry - 1;
          break;
        }
        slot = (slot + 1) & localBits;
      }
      firsts[i] = first;
    }
  }
  return firsts;
}

/**
 * For audience algebra: how many distinct members have each operand mask (bit i = in operand i).
 * Cache-friendly: keys are first scattered into buckets (with their operand bit), then each bucket
 * is merged in a small table that stays in the CPU cache; one big hash table would miss the cache
 * on every key. This is the hot path of live counts, so the merge is written out rather than shared.
 */
export function membershipHistogram(
  operands: readonly { readonly packed: Uint32Array; readonly bit: number }[],
  operandCount: number,
): Float64Array {
  const histogram = new Float64Array(1 << Math.max(1, operandCount));
  let total = 0;
  for (const { packed } of operands) total += packed.length >>> 2;
  if (total === 0) return histogram;
  const {
    keys,
    origin: masks,
    starts,
    bucketCount,
    largest,
  } = scatter(
    operands.map((o) => o.packed),
    bucketBitsFor(total),
    operands.map((o) => 1 << o.bit),
  );
  const table = new Int32Array(nextPowerOfTwo(Math.max(16, largest * 2)));
  for (let b = 0; b < bucketCount; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to === from) continue;
    const localSize = nextPowerOfTwo(Math.max(16, (to - from) * 2));
    const localBits = localSize - 1;
    table.fill(0, 0, localSize);
    for (let i = from; i < to; i++) {
      const k = i * 4;
      const w0 = keys[k] as number;
      const w1 = keys[k + 1] as number;
      const w2 = keys[k + 2] as number;
      const w3 = keys[k + 3] as number;
      let slot = (Math.imul(w0 ^ w1 ^ w2 ^ w3, 0x9e3779b1) >>> 7) & localBits;
      for (;;) {
        const entry = table[slot] as number;
        if (entry === 0) {
          table[slot] = i + 1;
          break;
        }
        const j = (entry - 1) * 4;
        if (keys[j] === w0 && keys[j + 1] === w1 && keys[j + 2] === w2 && keys[j + 3] === w3) {
          masks[entry - 1] = (masks[entry - 1] as number) | (masks[i] as number);
          masks[i] = 0; // counted with its first occurrence
          break;
        }
        slot = (slot + 1) & localBits;
      }
    }
  }
  for (let i = 0; i < total; i++) {
    const m = masks[i] as number;
    if (m !== 0) histogram[m] = (histogram[m] as number) + 1;
  }
  return histogram;
}

export interface DedupeResult {
  /** The incoming keys that are neither repeated in the file nor already in the audience, packed. */
  readonly added: Uint32Array;
  readonly duplicatesInFile: number;
  readonly alreadyInAudience: number;
}

/**
 * Removes duplicates from the keys of an import, and the keys the audience already has, with the
 * same bucket-then-small-table scheme as membershipHistogram. Existing keys are scattered first,
 * so in every bucket they come before the file's keys.
 */
export function dedupeImport(existing: Uint32Array, incoming: Uint32Array): DedupeResult {
  const existingCount = existing.length >>> 2;
  const total = existingCount + (incoming.length >>> 2);
  if (total === existingCount)
    return { added: new Uint32Array(0), duplicatesInFile: 0, alreadyInAudience: 0 };
  const { keys, origin, starts, bucketCount, largest } = scatter([existing, incoming], bucketBitsFor(total));
  const added = new Uint32Array((total - existingCount) * 4);
  let out = 0;
  let duplicatesInFile = 0;
  let alreadyInAudience = 0;
  const firsts = dedupeBuckets(keys, starts, bucketCount, largest);
  for (let i = 0; i < total; i++) {
    if ((origin[i] as number) < existingCount) continue;
    const first = firsts[i] as number;
    if (first >= 0) {
      if ((origin[first] as number) < existingCount) alreadyInAudience++;
      else duplicatesInFile++;
      continue;
    }
    const k = i * 4;
    added[out * 4] = keys[k] as number;
    added[out * 4 + 1] = keys[k + 1] as number;
    added[out * 4 + 2] = keys[k + 2] as number;
    added[out * 4 + 3] = keys[k + 3] as number;
    out++;
  }
  return { added: added.subarray(0, out * 4), duplicatesInFile, alreadyInAudience };
}
