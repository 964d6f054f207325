// The plan catalogue as `oa-planner plans` prints it: a table of every plan with its id, region,
// name, fee, free messages, additional-message bands, validity, whether its figures are confirmed
// and where it comes from; or the plans themselves as JSON (sources included).

import type { Plan } from '../../shared/quota/model';
import { formatColumns, formatCount, formatMoney } from './text-table';

/** The bands in a line: `¥3 to the 50,000th · ¥2.8 after*` (* not confirmed). */
export function describeAdditional(plan: Plan): string {
  const additional = plan.additional;
  if (!additional) return 'none';
  const bands =
    additional.tiers.length === 0
      ? 'price unknown'
      : additional.tiers
          .map((tier, i) => {
            const price = `${formatMoney(plan.currency, tier.unitPrice)}${tier.verified === false ? '*' : ''}`;
            if (tier.upTo !== null) return `${price} to the ${formatCount(tier.upTo)}th`;
            return i === 0 ? `${price} each` : `${price} after`;
          })
          .join(' · ');
  return additional.maxPerMonth === null
    ? bands
    : `${bands}, at most ${formatCount(additional.maxPerMonth)} a month`;
}

const validity = (plan: Plan): string =>
  `${plan.validFrom} → ${plan.validTo ?? ''}${plan.replacedBy ? ` (then ${plan.replacedBy})` : ''}`.trimEnd();

const origin = (plan: Plan): string =>
  plan.origin === 'builtin' ? 'built-in' : plan.edited ? 'edited' : 'yours';

export function plansTable(plans: readonly Plan[]): string[] {
  const rows = [
    ['id', 'region', 'name', 'fee', 'free', 'additional messages', 'valid', 'verified', 'origin'],
    ...plans.map((plan) => [
      plan.id,
      plan.region,
      plan.name,
      formatMoney(plan.currency, plan.monthlyFee),
      formatCount(plan.freeMessages),
      describeAdditional(plan),
      validity(plan),
      plan.verified ? 'yes' : 'no',
      origin(plan),
    ]),
  ];
  return [
    ...formatColumns(rows, ['left', 'left', 'left', 'right', 'right']),
    '',
    'Fees are a month, prices a message, before tax. A band counts every message of the month, free',
    'ones included; * marks a band not confirmed from a source. Sources: oa-planner plans --json.',
  ];
}

export const plansJson = (plans: readonly Plan[]): string => JSON.stringify(plans, null, 2);
