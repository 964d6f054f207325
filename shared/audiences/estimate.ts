// An audience size known only as a range: what retargeting and NOT give until LINE's figures are in.

/** `high` or `expected` null: unbounded / unknown (NOT without a known number of friends). */
export interface CountEstimate {
  readonly kind: 'estimate';
  readonly low: number;
  readonly expected: number | null;
  readonly high: number | null;
}
