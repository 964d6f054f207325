// Benchmark scaffolding: timing with warm-up, medians and percentiles, and one printed line per
// figure with its target, so `npm run bench` reads as a report.

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'µs' | 'MB' | 'req/s' | 'ratio';
  /** The goal, when there is one; `atMost` for times and memory, `atLeast` for throughput. */
  readonly target?: { readonly atMost?: number; readonly atLeast?: number };
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<Figure[]>;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns each run's milliseconds. */
export async function time(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function meets(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  const { atMost, atLeast } = figure.target;
  return (
    (atMost === undefined || figure.value <= atMost) && (atLeast === undefined || figure.value >= atLeast)
  );
}

export function formatFigure(figure: Figure): string {
  const value = figure.value >= 100 ? figure.value.toFixed(0) : figure.value.toPrecision(3);
  const target = figure.target
    ? figure.target.atMost !== undefined
      ? `target ≤ ${String(figure.target.atMost)} ${figure.unit}`
      : `target ≥ ${String(figure.target.atLeast)} ${figure.unit}`
    : '';
  const verdict = meets(figure) === undefined ? '' : meets(figure) ? 'ok' : 'MISSED';
  return `  ${figure.name.padEnd(58)} ${`${value} ${figure.unit}`.padStart(14)}  ${target.padEnd(22)} ${verdict}${
    figure.note ? `  (${figure.note})` : ''
  }`;
}
