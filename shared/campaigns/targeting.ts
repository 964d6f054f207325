// The demographic filter (LINE's narrowcast filter.demographic): its checks (LINE's shapes and values,
// gte before lt, at most 10 filter objects) and the builder's model, one selection per dimension,
// converted to and from LINE's object. A filter the builder cannot show (OR, NOT, nesting, a
// dimension twice) stays as LINE's JSON.

import type { MessageKey } from '../i18n/catalog';
import type { LocalizedText } from '../i18n/text';
import { assertNever } from '../domain/assert';
import { ageBuckets, narrowcastLimits, subscriptionPeriodBuckets } from '../line/limits';
import { isAreaCode } from './areas';
import { finding, joinPath, type CampaignFinding } from './findings';
import type { AgeBound, AppType, AreaCode, DemographicFilter, FriendshipBound, Gender } from './model';

export type Dimension = 'gender' | 'age' | 'appType' | 'area' | 'subscriptionPeriod';
export const dimensions: readonly Dimension[] = ['gender', 'age', 'appType', 'area', 'subscriptionPeriod'];

export const genders: readonly Gender[] = ['male', 'female'];
export const appTypes: readonly AppType[] = ['ios', 'android'];
export const ageBounds: readonly AgeBound[] = ageBuckets;
export const friendshipBounds: readonly FriendshipBound[] = subscriptionPeriodBuckets;
export const maxFilterObjects = narrowcastLimits.demographicObjectsMax;

export const dimensionText = (dimension: Dimension): LocalizedText => ({
  key: `campaigns.dimension.${dimension}` as MessageKey,
});

export type DemographicLeaf = Exclude<DemographicFilter, { type: 'operator' }>;

/** Filter objects LINE counts toward its 10 (operators are free). */
export function countFilterObjects(filter: DemographicFilter): number {
  if (filter.type !== 'operator') return 1;
  if ('and' in filter) return filter.and.reduce((n, f) => n + countFilterObjects(f), 0);
  if ('or' in filter) return filter.or.reduce((n, f) => n + countFilterObjects(f), 0);
  return countFilterObjects(filter.not);
}

function checkOneOf(
  dimension: Dimension,
  values: readonly string[],
  allowed: (value: string) => boolean,
  path: string,
  findings: CampaignFinding[],
): void {
  if (values.length === 0)
    findings.push(
      finding('filter-no-values', 'error', joinPath(path, 'oneOf'), { dimension: dimensionText(dimension) }),
    );
  values.forEach((value, i) => {
    if (!allowed(value))
      findings.push(
        finding('filter-unknown-value', 'error', joinPath(path, `oneOf[${String(i)}]`), {
          dimension: dimensionText(dimension),
          value: value.slice(0, 40),
        }),
      );
  });
}

function checkRange(
  dimension: Dimension,
  bounds: readonly string[],
  gte: string | undefined,
  lt: string | undefined,
  path: string,
  findings: CampaignFinding[],
): void {
  if (gte === undefined && lt === undefined) {
    findings.push(finding('filter-range-missing', 'error', path, { dimension: dimensionText(dimension) }));
    return;
  }
  for (const [field, value] of [
    ['gte', gte],
    ['lt', lt],
  ] as const) {
    if (value !== undefined && !bounds.includes(value))
      findings.push(
        finding('filter-unknown-value', 'error', joinPath(path, field), {
          dimension: dimensionText(dimension),
          value: value.slice(0, 40),
        }),
      );
  }
  if (
    gte !== undefined &&
    lt !== undefined &&
    bounds.includes(gte) &&
    bounds.includes(lt) &&
    bounds.indexOf(gte) >= bounds.indexOf(lt)
  )
    findings.push(
      finding('filter-range-order', 'error', path, { dimension: dimensionText(dimension), gte, lt }),
    );
}

function walk(filter: DemographicFilter, path: string, findings: CampaignFinding[]): void {
  switch (filter.type) {
    case 'gender':
      checkOneOf('gender', filter.oneOf, (v) => (genders as readonly string[]).includes(v), path, findings);
      return;
    case 'appType':
      checkOneOf('appType', filter.oneOf, (v) => (appTypes as readonly string[]).includes(v), path, findings);
      return;
    case 'area':
      checkOneOf('area', filter.oneOf, isAreaCode, path, findings);
      return;
    case 'age':
      checkRange('age', ageBounds, filter.gte, filter.lt, path, findings);
      return;
    case 'subscriptionPeriod':
      checkRange('subscriptionPeriod', friendshipBounds, filter.gte, filter.lt, path, findings);
      return;
    case 'operator': {
      if ('not' in filter) {
        walk(filter.not, joinPath(path, 'not'), findings);
        return;
      }
      const [key, children] = 'and' in filter ? (['and', filter.and] as const) : (['or', filter.or] as const);
      if (children.length === 0) findings.push(finding('filter-empty-group', 'error', joinPath(path, key)));
      children.forEach((child, i) => walk(child, joinPath(path, `${key}[${String(i)}]`), findings));
      return;
    }
    default:
      return assertNever(filter, 'checkDemographicFilter');
  }
}

/** LINE's rules for filter.demographic at `path`. */
export function checkDemographicFilter(
  filter: DemographicFilter,
  path = 'filter.demographic',
): CampaignFinding[] {
  const findings: CampaignFinding[] = [];
  walk(filter, path, findings);
  const count = countFilterObjects(filter);
  if (count > maxFilterObjects)
    findings.push(finding('filter-too-many-objects', 'error', path, { count, max: maxFilterObjects }));
  return findings;
}

// ---- The builder --------------------------------------------------------------------------------

export interface RangeSelection<B extends string> {
  readonly gte: B | null;
  readonly lt: B | null;
}

/** One choice per dimension; an empty list or an open range means "anyone". */
export interface TargetingSelection {
  readonly genders: readonly Gender[];
  readonly age: RangeSelection<AgeBound>;
  readonly appTypes: readonly AppType[];
  readonly areas: readonly AreaCode[];
  readonly subscriptionPeriod: RangeSelection<FriendshipBound>;
}

export const emptySelection: TargetingSelection = {
  genders: [],
  age: { gte: null, lt: null },
  appTypes: [],
  areas: [],
  subscriptionPeriod: { gte: null, lt: null },
};

const range = <B extends string>(r: RangeSelection<B>): { gte?: B; lt?: B } => ({
  ...(r.gte !== null ? { gte: r.gte } : {}),
  ...(r.lt !== null ? { lt: r.lt } : {}),
});

/** LINE's filter for a selection: its dimensions ANDed, one object alone as itself, none as null. */
export function selectionToFilter(selection: TargetingSelection): DemographicFilter | null {
  const leaves: DemographicLeaf[] = [];
  if (selection.genders.length) leaves.push({ type: 'gender', oneOf: [...selection.genders] });
  if (selection.age.gte !== null || selection.age.lt !== null)
    leaves.push({ type: 'age', ...range(selection.age) });
  if (selection.appTypes.length) leaves.push({ type: 'appType', oneOf: [...selection.appTypes] });
  if (selection.areas.length) leaves.push({ type: 'area', oneOf: [...selection.areas] });
  if (selection.subscriptionPeriod.gte !== null || selection.subscriptionPeriod.lt !== null)
    leaves.push({ type: 'subscriptionPeriod', ...range(selection.subscriptionPeriod) });
  if (leaves.length === 0) return null;
  if (leaves.length === 1) return leaves[0] ?? null;
  return { type: 'operator', and: leaves };
}

/** The builder's selection for LINE's filter, or null when the builder cannot show it. */
export function filterToSelection(filter: DemographicFilter | null): TargetingSelection | null {
  if (filter === null) return emptySelection;
  let leaves: readonly DemographicFilter[];
  if (filter.type !== 'operator') leaves = [filter];
  else if ('and' in filter) leaves = filter.and;
  else return null;
  const seen = new Set<string>();
  let selection: TargetingSelection = emptySelection;
  for (const leaf of leaves) {
    if (leaf.type === 'operator' || seen.has(leaf.type)) return null;
    seen.add(leaf.type);
    switch (leaf.type) {
      case 'gender':
        selection = { ...selection, genders: [...leaf.oneOf] };
        break;
      case 'appType':
        selection = { ...selection, appTypes: [...leaf.oneOf] };
        break;
      case 'area':
        selection = { ...selection, areas: [...leaf.oneOf] };
        break;
      case 'age':
        selection = { ...selection, age: { gte: leaf.gte ?? null, lt: leaf.lt ?? null } };
        break;
      case 'subscriptionPeriod':
        selection = { ...selection, subscriptionPeriod: { gte: leaf.gte ?? null, lt: leaf.lt ?? null } };
        break;
      default:
        return assertNever(leaf, 'filterToSelection');
    }
  }
  return selection;
}
