// Sets of 128-bit member IDs packed four words each in typed arrays: deduping an import (which also
// sorts it, so each upload is stored as one ascending run) and the membership masks of audience
// algebra (a merge of sorted runs, or hashing for members stored unsorted), for millions of IDs in
// a few tens of MB and no per-ID objects.

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
function scatter(
  sources: readonly Uint32Array[],
  bucketBits: number,
  sourceTags?: readonly number[],
  tagged = true,
) {
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
  // Untagged (every key from one source, as in a new audience's import): a fifth less memory moved.
  const origin = tagged ? new Int32Array(total) : null;
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
      if (origin) origin[to] = tag ?? n;
    }
  }
  let largest = 0;
  for (let b = 0; b < bucketCount; b++)
    largest = Math.max(largest, (starts[b + 1] as number) - (starts[b] as number));
  return { keys, origin, starts, bucketCount, largest };
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
  if (mergeRuns(operands, histogram)) return histogram;
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
  if (!masks) throw new Error('membershipHistogram: scatter gave no masks');
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

/** More sorted runs than this in all (audiences imported before members were kept sorted): hash instead. */
const maxMergedRuns = 64;

/** Where each ascending run of packed keys starts, then the end; null past `limit` runs. */
function ascendingRuns(packed: Uint32Array, limit: number): number[] | null {
  const runs = [0];
  for (let at = 4; at < packed.length; at += 4) {
    const a0 = packed[at - 4] as number;
    const b0 = packed[at] as number;
    if (a0 < b0) continue;
    if (a0 === b0 && keyBefore(packed, at - 4, at)) continue;
    if (runs.length >= limit) return null;
    runs.push(at);
  }
  runs.push(packed.length);
  return runs;
}

/**
 * The histogram by merging the operands' sorted runs (imports store each upload sorted, chat tags
 * come sorted): one pass over all keys, no copies and no hashing. Returns false when the members
 * are not in few enough runs, leaving the histogram untouched.
 */
function mergeRuns(
  operands: readonly { readonly packed: Uint32Array; readonly bit: number }[],
  histogram: Float64Array,
): boolean {
  const sources: Uint32Array[] = [];
  const positions: number[] = [];
  const ends: number[] = [];
  const masks: number[] = [];
  for (const { packed, bit } of operands) {
    const runs = ascendingRuns(packed, maxMergedRuns - sources.length);
    if (!runs) return false;
    for (let r = 0; r + 1 < runs.length; r++) {
      if ((runs[r] as number) === (runs[r + 1] as number)) continue;
      sources.push(packed);
      positions.push(runs[r] as number);
      ends.push(runs[r + 1] as number);
      masks.push(1 << bit);
    }
  }
  const n = sources.length;
  // The first word of each run's head, or 2^32 once the run is done: most steps compare only these.
  const heads = new Float64Array(n);
  for (let r = 0; r < n; r++) heads[r] = (sources[r] as Uint32Array)[positions[r] as number] as number;
  const done = 2 ** 32;
  for (;;) {
    // The smallest head and the next one up; equal first words (rare) take the slow step below.
    let best = -1;
    let h0 = done;
    let h1 = done;
    for (let r = 0; r < n; r++) {
      const h = heads[r] as number;
      if (h < h0) {
        h1 = h0;
        h0 = h;
        best = r;
      } else if (h < h1) h1 = h;
    }
    if (best < 0) break;
    if (h0 < h1) {
      // The run ahead holds the smallest keys: count them until another run's head is smaller.
      const src = sources[best] as Uint32Array;
      const end = ends[best] as number;
      const mask = masks[best] as number;
      let p = positions[best] as number;
      let streak = 0;
      let h = h0;
      while (h < h1) {
        streak++;
        p += 4;
        h = p < end ? (src[p] as number) : done;
      }
      positions[best] = p;
      heads[best] = h;
      histogram[mask] = (histogram[mask] as number) + streak;
      continue;
    }
    // Several heads share the first word: order them by the other words, merge the equal ones.
    for (let r = 0; r < n; r++) {
      if (r === best || heads[r] !== h0) continue;
      if (
        lowerWordsBefore(
          sources[r] as Uint32Array,
          positions[r] as number,
          sources[best] as Uint32Array,
          positions[best] as number,
        )
      )
        best = r;
    }
    const top = sources[best] as Uint32Array;
    const at = positions[best] as number;
    let mask = 0;
    for (let r = 0; r < n; r++) {
      if (heads[r] !== h0) continue;
      const src = sources[r] as Uint32Array;
      const p = positions[r] as number;
      if (
        r !== best &&
        (src[p + 1] !== top[at + 1] || src[p + 2] !== top[at + 2] || src[p + 3] !== top[at + 3])
      )
        continue;
      mask |= masks[r] as number;
      const next = p + 4;
      positions[r] = next;
      heads[r] = next < (ends[r] as number) ? (src[next] as number) : done;
    }
    histogram[mask] = (histogram[mask] as number) + 1;
  }
  return true;
}

/** Words 1–3 of a's key at i before those of b's key at j (their first words being equal). */
function lowerWordsBefore(a: Uint32Array, i: number, b: Uint32Array, j: number): boolean {
  for (let w = 1; w < 4; w++) {
    const x = a[i + w] as number;
    const y = b[j + w] as number;
    if (x !== y) return x < y;
  }
  return false;
}

export interface DedupeResult {
  /**
   * The incoming keys that are neither repeated in the file nor already in the audience, packed and
   * in ascending order (word by word, unsigned): stored that way, each upload is one sorted run, and
   * counts merge runs instead of hashing every member.
   */
  readonly added: Uint32Array;
  readonly duplicatesInFile: number;
  readonly alreadyInAudience: number;
}

/** Keys of a bucket up to this many are sorted by insertion; larger ones are split by the next byte first. */
const insertionSortMax = 24;

/** a < b, for keys at word offsets a and b of `keys`. */
function keyBefore(keys: Uint32Array, a: number, b: number): boolean {
  for (let w = 0; w < 4; w++) {
    const x = keys[a + w] as number;
    const y = keys[b + w] as number;
    if (x !== y) return x < y;
  }
  return false;
}

/** Insertion sort of keys (and their tags) in [from, to), by the whole 128 bits. */
function insertionSort(keys: Uint32Array, tags: Int32Array | null, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const k = i * 4;
    const w0 = keys[k] as number;
    const w1 = keys[k + 1] as number;
    const w2 = keys[k + 2] as number;
    const w3 = keys[k + 3] as number;
    const tag = tags ? (tags[i] as number) : 0;
    let j = i - 1;
    for (; j >= from; j--) {
      const m = j * 4;
      const v0 = keys[m] as number;
      if (v0 < w0) break;
      if (v0 === w0) {
        const v1 = keys[m + 1] as number;
        if (v1 < w1) break;
        if (v1 === w1) {
          const v2 = keys[m + 2] as number;
          if (v2 < w2 || (v2 === w2 && (keys[m + 3] as number) <= w3)) break;
        }
      }
      keys[m + 4] = v0;
      keys[m + 5] = keys[m + 1] as number;
      keys[m + 6] = keys[m + 2] as number;
      keys[m + 7] = keys[m + 3] as number;
      if (tags) tags[j + 1] = tags[j] as number;
    }
    const m = (j + 1) * 4;
    keys[m] = w0;
    keys[m + 1] = w1;
    keys[m + 2] = w2;
    keys[m + 3] = w3;
    if (tags) tags[j + 1] = tag;
  }
}

/** Buffers reused by every sortBucket call of one sort. */
interface SortScratch {
  keys: Uint32Array;
  tags: Int32Array;
  readonly counts: Int32Array;
  readonly fill: Int32Array;
}

/** Parts are split by at most this many further bits of the first word at once. */
const maxSplitBits = 11;

function sortScratch(): SortScratch {
  return {
    keys: new Uint32Array(0),
    tags: new Int32Array(0),
    counts: new Int32Array((1 << maxSplitBits) + 1),
    fill: new Int32Array(1 << maxSplitBits),
  };
}

/**
 * Sorts keys[from, to) (and their tags) in place. A bucket holds keys that agree on the bits above
 * `shift` of their first word; a large one is split by enough of the next bits for parts of about
 * eight keys (a counting sort through `scratch`), then each part is sorted by insertion. Random IDs
 * need one split; skewed ones split again.
 */
function sortBucket(
  keys: Uint32Array,
  tags: Int32Array | null,
  from: number,
  to: number,
  shift: number,
  scratch: SortScratch,
): void {
  const n = to - from;
  if (n <= insertionSortMax) {
    insertionSort(keys, tags, from, to);
    return;
  }
  if (shift <= 0) {
    sortByComparison(keys, tags, from, to);
    return;
  }
  let bits = 1;
  while (bits < maxSplitBits && bits < shift && n >>> bits > 8) bits++;
  const next = shift - bits;
  const mask = (1 << bits) - 1;
  const parts = 1 << bits;
  const { counts, fill } = scratch;
  counts.fill(0, 0, parts + 1);
  for (let i = from; i < to; i++) {
    const d = ((keys[i * 4] as number) >>> next) & mask;
    counts[d + 1] = (counts[d + 1] as number) + 1;
  }
  for (let d = 0; d < parts; d++) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
  if (scratch.keys.length < n * 4) {
    scratch.keys = new Uint32Array(n * 4);
    scratch.tags = new Int32Array(n);
  }
  const sk = scratch.keys;
  const st = scratch.tags;
  fill.set(counts.subarray(0, parts));
  for (let i = from; i < to; i++) {
    const k = i * 4;
    const w0 = keys[k] as number;
    const d = (w0 >>> next) & mask;
    const o = fill[d] as number;
    fill[d] = o + 1;
    const o4 = o * 4;
    sk[o4] = w0;
    sk[o4 + 1] = keys[k + 1] as number;
    sk[o4 + 2] = keys[k + 2] as number;
    sk[o4 + 3] = keys[k + 3] as number;
    if (tags) st[o] = tags[i] as number;
  }
  keys.set(sk.subarray(0, n * 4), from * 4);
  if (tags) tags.set(st.subarray(0, n), from);
  // Large parts are sorted after this loop: their split reuses `counts`.
  const large: number[] = [];
  for (let d = 0; d < parts; d++) {
    const a = from + (counts[d] as number);
    const b = from + (counts[d + 1] as number);
    if (b - a > insertionSortMax) large.push(a, b);
    else if (b - a > 1) insertionSort(keys, tags, a, b);
  }
  for (let i = 0; i < large.length; i += 2)
    sortBucket(keys, tags, large[i] as number, large[i + 1] as number, next, scratch);
}

/** Keys that agree on their whole first word (crafted input only): a plain comparison sort. */
function sortByComparison(keys: Uint32Array, tags: Int32Array | null, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, i) => from + i);
  order.sort((a, b) => (keyBefore(keys, a * 4, b * 4) ? -1 : keyBefore(keys, b * 4, a * 4) ? 1 : 0));
  const sortedKeys = new Uint32Array((to - from) * 4);
  const sortedTags = new Int32Array(to - from);
  order.forEach((i, o) => {
    sortedKeys.set(keys.subarray(i * 4, i * 4 + 4), o * 4);
    if (tags) sortedTags[o] = tags[i] as number;
  });
  keys.set(sortedKeys, from * 4);
  if (tags) tags.set(sortedTags, from);
}

/**
 * Removes duplicates from the keys of an import, and the keys the audience already has: keys are
 * scattered into buckets by their top bits, each bucket is sorted (sortBucket), and equal keys end
 * up side by side. Returns the new keys in ascending order.
 */
export function dedupeImport(existing: Uint32Array, incoming: Uint32Array): DedupeResult {
  const existingCount = existing.length >>> 2;
  const total = existingCount + (incoming.length >>> 2);
  if (total === existingCount)
    return { added: new Uint32Array(0), duplicatesInFile: 0, alreadyInAudience: 0 };
  const bucketBits = bucketBitsFor(total);
  // A new audience (nothing existing) needs no tag telling the audience's keys from the file's.
  const { keys, origin, starts, bucketCount } = scatter(
    [existing, incoming],
    bucketBits,
    undefined,
    existingCount > 0,
  );
  const scratch = sortScratch();
  // The new keys are compacted in place to the front of `keys`: a key is read before any write
  // reaches its place, as at most one key is kept per key read.
  const added = keys;
  let out = 0;
  let duplicatesInFile = 0;
  let alreadyInAudience = 0;
  for (let b = 0; b < bucketCount; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from > 1) sortBucket(keys, origin, from, to, 32 - bucketBits, scratch);
    if (!origin) {
      // Every key is the file's: one of each run of equal keys is added.
      for (let i = from; i < to; i++) {
        const k = i * 4;
        const w0 = keys[k] as number;
        const w1 = keys[k + 1] as number;
        const w2 = keys[k + 2] as number;
        const w3 = keys[k + 3] as number;
        if (
          i > from &&
          keys[k - 4] === w0 &&
          keys[k - 3] === w1 &&
          keys[k - 2] === w2 &&
          keys[k - 1] === w3
        ) {
          duplicatesInFile++;
          continue;
        }
        const o = out * 4;
        added[o] = w0;
        added[o + 1] = w1;
        added[o + 2] = w2;
        added[o + 3] = w3;
        out++;
      }
      continue;
    }
    // Runs of equal keys: one is added unless the audience has it; the rest are counted.
    let i = from;
    while (i < to) {
      const k = i * 4;
      const w0 = keys[k] as number;
      const w1 = keys[k + 1] as number;
      const w2 = keys[k + 2] as number;
      const w3 = keys[k + 3] as number;
      let j = i + 1;
      let inAudience = (origin[i] as number) < existingCount;
      while (
        j < to &&
        keys[j * 4] === w0 &&
        keys[j * 4 + 1] === w1 &&
        keys[j * 4 + 2] === w2 &&
        keys[j * 4 + 3] === w3
      ) {
        if ((origin[j] as number) < existingCount) inAudience = true;
        j++;
      }
      let incomingInRun = 0;
      for (let r = i; r < j; r++) if ((origin[r] as number) >= existingCount) incomingInRun++;
      if (inAudience) alreadyInAudience += incomingInRun;
      else if (incomingInRun > 0) {
        duplicatesInFile += incomingInRun - 1;
        const o = out * 4;
        added[o] = w0;
        added[o + 1] = w1;
        added[o + 2] = w2;
        added[o + 3] = w3;
        out++;
      }
      i = j;
    }
  }
  return { added: added.subarray(0, out * 4), duplicatesInFile, alreadyInAudience };
}

/** Whether packed keys are in strictly ascending order (one sorted run). */
export function isAscending(packed: Uint32Array): boolean {
  return ascendingRuns(packed, 1) !== null;
}

/** The keys in ascending order (a sorted copy; the input is left as it is). */
export function sortMembers(packed: Uint32Array): Uint32Array {
  const total = packed.length >>> 2;
  if (total < 2) return packed.slice();
  const bucketBits = bucketBitsFor(total);
  const { keys, starts, bucketCount } = scatter([packed], bucketBits, undefined, false);
  const scratch = sortScratch();
  for (let b = 0; b < bucketCount; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from > 1) sortBucket(keys, null, from, to, 32 - bucketBits, scratch);
  }
  return keys;
}
