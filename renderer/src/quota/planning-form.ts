// The planning form's text fields and the figures they make: numbers typed as text (empty means
// none), demographic shares as `value=share` lists. Pure, so what the form saves is tested alone;
// the rules themselves are shared/quota/rules.ts, run on the result.

import type {
  Automation,
  ChannelPlanning,
  DemographicShares,
  FriendStatistics,
} from '../../../shared/quota/model';
import { demographicDimensions, type PlanningFigures } from '../../../shared/quota/rules';

export type Dimension = (typeof demographicDimensions)[number];

export interface AutomationFields {
  readonly title: string;
  readonly kind: Automation['kind'];
  readonly perDay: string;
}

export interface PlanningFields {
  readonly timeZone: string;
  readonly planId: string;
  readonly cap: string;
  /** Messages already used in the month on screen. */
  readonly consumed: string;
  readonly hasFriends: boolean;
  readonly followers: string;
  readonly blocks: string;
  readonly targetReach: string;
  readonly asOf: string;
  readonly shares: Readonly<Record<Dimension, string>>;
  readonly automations: readonly AutomationFields[];
}

/** A field the form could not read, with the JSON path the rules use. */
export interface FieldProblem {
  readonly path: string;
  readonly value: string;
}

const numberText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

export const sharesText = (shares: DemographicShares | undefined): string =>
  shares
    ? Object.entries(shares)
        .map(([key, share]) => `${key}=${String(share)}`)
        .join(', ')
    : '';

export function planningFields(planning: ChannelPlanning, month: string): PlanningFields {
  const friends = planning.friends;
  const shares = {} as Record<Dimension, string>;
  for (const dimension of demographicDimensions)
    shares[dimension] = sharesText(friends?.demographics[dimension]);
  return {
    timeZone: planning.timeZone,
    planId: planning.planId,
    cap: numberText(planning.additionalMessageCap),
    consumed: planning.consumed?.month === month ? String(planning.consumed.messages) : '',
    hasFriends: friends !== null,
    followers: numberText(friends?.followers),
    blocks: numberText(friends?.blocks),
    targetReach: numberText(friends?.targetReach),
    asOf: friends?.asOf ?? '',
    shares,
    automations: planning.automations.map((a) => ({
      title: a.title,
      kind: a.kind,
      perDay: String(a.perDay),
    })),
  };
}

/** A number as typed (spaces, thousands separators and a full-width digit tolerated); NaN if not one. */
export function readNumber(text: string): number {
  const cleaned = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_]/g, '');
  return cleaned === '' || !/^-?\d*\.?\d+$/.test(cleaned) ? Number.NaN : Number(cleaned);
}

/** `male=0.4, female=0.55` (also `male: 40%`) as shares; null when a part cannot be read. */
export function readShares(text: string): DemographicShares | null {
  const shares: Record<string, number> = {};
  const parts = text
    .split(/[,，、\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const part of parts) {
    const match = /^([\w-]+)\s*[=:：]\s*(-?[\d.]+)\s*(%?)$/.exec(part);
    if (!match) return null;
    const value = Number(match[2]);
    if (Number.isNaN(value)) return null;
    shares[match[1]!] = match[3] === '%' ? value / 100 : value;
  }
  return shares;
}

/**
 * The figures the fields make, over the stored ones: the messages used are kept for another month
 * when the field is empty. Fields that are not numbers are reported and count as NaN, which the rules
 * refuse with their own sentence.
 */
export function figuresFromFields(
  fields: PlanningFields,
  stored: ChannelPlanning,
  month: string,
): { figures: PlanningFigures; unreadable: FieldProblem[] } {
  const unreadable: FieldProblem[] = [];
  const num = (text: string, path: string): number => {
    const value = readNumber(text);
    if (Number.isNaN(value)) unreadable.push({ path, value: text });
    return value;
  };
  const cap = fields.cap.trim() === '' ? null : num(fields.cap, 'additionalMessageCap');
  let consumed = stored.consumed;
  if (fields.consumed.trim() !== '')
    consumed = { month, messages: num(fields.consumed, 'consumed.messages') };
  else if (stored.consumed?.month === month) consumed = null;
  let friends: FriendStatistics | null = null;
  if (fields.hasFriends) {
    const demographics: Partial<Record<Dimension, DemographicShares>> = {};
    for (const dimension of demographicDimensions) {
      const text = fields.shares[dimension];
      if (text.trim() === '') continue;
      const shares = readShares(text);
      if (shares === null) unreadable.push({ path: `friends.demographics.${dimension}`, value: text });
      else demographics[dimension] = shares;
    }
    friends = {
      followers: num(fields.followers, 'friends.followers'),
      blocks: num(fields.blocks, 'friends.blocks'),
      targetReach: num(fields.targetReach, 'friends.targetReach'),
      asOf: fields.asOf.trim(),
      demographics,
    };
  }
  const automations = fields.automations.map((a, index) => ({
    title: a.title,
    kind: a.kind,
    perDay: num(a.perDay, `automations[${String(index)}].perDay`),
  }));
  return {
    figures: {
      timeZone: fields.timeZone.trim(),
      planId: fields.planId,
      additionalMessageCap: cap,
      friends,
      consumed,
      automations,
    },
    unreadable,
  };
}
