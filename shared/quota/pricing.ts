// What additional messages cost: band by band, each band's price applying to the messages of the
// month that fall in it (a band counts every message of the month, free ones included).

import type { Plan } from './model';

export interface Priced {
  cost: number;
  /** Messages no band prices (a plan whose price is not known). */
  unpriced: number;
  /** True once a band marked unconfirmed priced some of them. */
  unverified: boolean;
}

/**
 * What the month's messages after the `from`-th up to the `to`-th cost under `plan`'s bands, added
 * to `into` when given (the forecast keeps one running total).
 */
export function tieredCost(plan: Plan, from: number, to: number, into?: Priced): Priced {
  const out = into ?? { cost: 0, unpriced: 0, unverified: false };
  if (to <= from) return out;
  const tiers = plan.additional?.tiers ?? [];
  let lower = 0;
  let priced = 0;
  for (const tier of tiers) {
    const upper = tier.upTo ?? Infinity;
    const overlap = Math.min(to, upper) - Math.max(from, lower);
    if (overlap > 0) {
      out.cost += overlap * tier.unitPrice;
      priced += overlap;
      if (tier.verified === false) out.unverified = true;
    }
    if (upper >= to) break;
    lower = upper;
  }
  out.unpriced += to - from - priced;
  return out;
}
