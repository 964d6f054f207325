// The plan editor's text fields and the plan they make (numbers typed as text, an empty band edge or
// ceiling meaning none). Pure; shared/quota/rules.ts validatePlan judges the result.

import type { Currency, Plan, PlanRegion } from '../../../shared/quota/model';
import type { PlanDraft } from '../../../shared/quota/rules';
import { readNumber } from './planning-form';

export interface TierFields {
  readonly upTo: string;
  readonly unitPrice: string;
  readonly verified: boolean;
}

export interface PlanFields {
  readonly id: string;
  readonly name: string;
  readonly region: PlanRegion;
  readonly currency: Currency;
  readonly monthlyFee: string;
  readonly freeMessages: string;
  readonly sellsAdditional: boolean;
  readonly tiers: readonly TierFields[];
  readonly maxPerMonth: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly verified: boolean;
  readonly source: string;
  readonly replacedBy: string;
}

export const regionCurrency: Record<PlanRegion, Currency> = { TW: 'TWD', JP: 'JPY', TH: 'THB', other: 'USD' };

export function planFields(plan: Plan): PlanFields {
  return {
    id: plan.id,
    name: plan.name,
    region: plan.region,
    currency: plan.currency,
    monthlyFee: String(plan.monthlyFee),
    freeMessages: String(plan.freeMessages),
    sellsAdditional: plan.additional !== null,
    tiers: (plan.additional?.tiers ?? []).map((tier) => ({
      upTo: tier.upTo === null ? '' : String(tier.upTo),
      unitPrice: String(tier.unitPrice),
      verified: tier.verified !== false,
    })),
    maxPerMonth:
      plan.additional?.maxPerMonth === null || plan.additional === null
        ? ''
        : String(plan.additional.maxPerMonth),
    validFrom: plan.validFrom,
    validTo: plan.validTo ?? '',
    verified: plan.verified,
    source: plan.source,
    replacedBy: plan.replacedBy ?? '',
  };
}

export function newPlanFields(today: string): PlanFields {
  return {
    id: '',
    name: '',
    region: 'TW',
    currency: 'TWD',
    monthlyFee: '0',
    freeMessages: '0',
    sellsAdditional: false,
    tiers: [],
    maxPerMonth: '',
    validFrom: today,
    validTo: '',
    verified: false,
    source: '',
    replacedBy: '',
  };
}

export function planFromFields(fields: PlanFields): PlanDraft {
  const tiers = fields.tiers.map((tier) => ({
    upTo: tier.upTo.trim() === '' ? null : readNumber(tier.upTo),
    unitPrice: readNumber(tier.unitPrice),
    ...(tier.verified ? {} : { verified: false }),
  }));
  return {
    id: fields.id.trim(),
    region: fields.region,
    name: fields.name.trim(),
    currency: fields.currency,
    monthlyFee: readNumber(fields.monthlyFee),
    freeMessages: readNumber(fields.freeMessages),
    additional: fields.sellsAdditional
      ? { tiers, maxPerMonth: fields.maxPerMonth.trim() === '' ? null : readNumber(fields.maxPerMonth) }
      : null,
    validFrom: fields.validFrom.trim(),
    validTo: fields.validTo.trim() === '' ? null : fields.validTo.trim(),
    verified: fields.verified,
    source: fields.source.trim(),
    replacedBy: fields.replacedBy === '' ? null : fields.replacedBy,
  };
}
