// The demographic filter's checks at and past LINE's limits, the builder's selection ↔ LINE's object,
// and the region codes with their names, against the official document's own list.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { areaName, areasOf, lineAreas } from '../../../shared/campaigns/areas';
import type { DemographicFilter } from '../../../shared/campaigns/model';
import {
  checkDemographicFilter,
  countFilterObjects,
  emptySelection,
  filterToSelection,
  selectionToFilter,
} from '../../../shared/campaigns/targeting';
import { openApiFile } from '../../helpers/line-openapi';

const codes = (filter: DemographicFilter) => checkDemographicFilter(filter).map((f) => `${f.code} ${f.path}`);
const area = (...oneOf: string[]): DemographicFilter => ({ type: 'area', oneOf });

describe('the demographic filter', () => {
  it('takes LINE’s shapes and values', () => {
    const filter: DemographicFilter = {
      type: 'operator',
      and: [
        { type: 'gender', oneOf: ['female'] },
        { type: 'age', gte: 'age_20', lt: 'age_35' },
        { type: 'appType', oneOf: ['ios', 'android'] },
        area('jp_13', 'tw_01', 'th_01'),
        { type: 'subscriptionPeriod', gte: 'day_30', lt: 'day_365' },
      ],
    };
    expect(codes(filter)).toEqual([]);
    expect(codes({ type: 'gender', oneOf: [] })).toEqual(['filter-no-values filter.demographic.oneOf']);
    expect(codes(area('tw_23'))).toEqual(['filter-unknown-value filter.demographic.oneOf[0]']);
    expect(codes({ type: 'operator', or: [] })).toEqual(['filter-empty-group filter.demographic.or']);
  });

  it('needs a start or an end, and the start before the end', () => {
    expect(codes({ type: 'age' })).toEqual(['filter-range-missing filter.demographic']);
    expect(codes({ type: 'age', lt: 'age_15' })).toEqual([]);
    expect(codes({ type: 'age', gte: 'age_30', lt: 'age_30' })).toEqual([
      'filter-range-order filter.demographic',
    ]);
    expect(codes({ type: 'age', gte: 'age_35', lt: 'age_30' })).toEqual([
      'filter-range-order filter.demographic',
    ]);
    expect(codes({ type: 'subscriptionPeriod', gte: 'day_7', lt: 'day_30' })).toEqual([]);
    expect(codes({ type: 'subscriptionPeriod', gte: 'day_365', lt: 'day_7' })).toEqual([
      'filter-range-order filter.demographic',
    ]);
  });

  it('takes 10 filter objects and refuses 11 (operators are free)', () => {
    const ten: DemographicFilter = { type: 'operator', or: Array.from({ length: 10 }, () => area('tw_01')) };
    expect(countFilterObjects(ten)).toBe(10);
    expect(codes(ten)).toEqual([]);
    const eleven: DemographicFilter = {
      type: 'operator',
      and: [ten, { type: 'operator', not: { type: 'gender', oneOf: ['male'] } }],
    };
    expect(countFilterObjects(eleven)).toBe(11);
    expect(codes(eleven)).toEqual(['filter-too-many-objects filter.demographic']);
  });
});

describe('the targeting builder', () => {
  it('turns one choice per dimension into LINE’s object and back', () => {
    const selection = {
      ...emptySelection,
      genders: ['female' as const],
      age: { gte: 'age_20' as const, lt: null },
      areas: ['tw_01', 'tw_02'],
    };
    const filter = selectionToFilter(selection);
    expect(filter).toEqual({
      type: 'operator',
      and: [
        { type: 'gender', oneOf: ['female'] },
        { type: 'age', gte: 'age_20' },
        { type: 'area', oneOf: ['tw_01', 'tw_02'] },
      ],
    });
    expect(filterToSelection(filter)).toEqual(selection);
    expect(selectionToFilter({ ...emptySelection, appTypes: ['ios'] })).toEqual({
      type: 'appType',
      oneOf: ['ios'],
    });
    expect(selectionToFilter(emptySelection)).toBeNull();
    expect(filterToSelection(null)).toEqual(emptySelection);
  });

  it('leaves filters it cannot show as LINE’s JSON', () => {
    expect(filterToSelection({ type: 'operator', or: [area('tw_01')] })).toBeNull();
    expect(filterToSelection({ type: 'operator', and: [area('tw_01'), area('tw_02')] })).toBeNull();
    expect(filterToSelection({ type: 'operator', not: area('tw_01') })).toBeNull();
  });
});

describe('region codes', () => {
  // messaging-api.yml lists each code with its Japanese and English name: "jp_13: 東京都 // Tokyo".
  const document = parse(readFileSync(openApiFile('messaging-api'), 'utf8')) as {
    components: { schemas: { AreaDemographic: { enum: string[]; 'x-enum-descriptions': string[] } } };
  };
  const official = document.components.schemas.AreaDemographic;
  const described = new Map(
    official['x-enum-descriptions'].map((line) => {
      const [, code, ja, en] = /^(\w+): (.+) \/\/ (.+)$/.exec(line) ?? [];
      return [code ?? '', { ja: ja ?? '', en: en ?? '' }];
    }),
  );

  it('are LINE’s Japan, Taiwan and Thailand codes in LINE’s order', () => {
    expect(lineAreas.map((a) => a.code)).toEqual(official.enum.filter((c) => !c.startsWith('id_')));
    expect([areasOf('JP').length, areasOf('TW').length, areasOf('TH').length]).toEqual([47, 22, 8]);
  });

  it('carry LINE’s Japanese and English names, and names in Chinese and Thai', () => {
    // Romanised as Japan and Thailand spell them today, where LINE's list keeps older spellings.
    const spelling: Record<string, string> = {
      Hyougo: 'Hyogo',
      Kouchi: 'Kochi',
      NorthEastern: 'Northeastern',
    };
    for (const area of lineAreas) {
      const names = described.get(area.code);
      expect(area.names.ja, area.code).toBe(names?.ja);
      expect(area.names.en, area.code).toBe(spelling[names?.en ?? ''] ?? names?.en);
      expect(area.names['zh-TW'], area.code).not.toBe('');
      expect(area.names.th, area.code).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect([areaName('tw_01', 'zh-TW'), areaName('tw_01', 'en')]).toEqual(['台北市', 'Taipei City']);
    expect([areaName('jp_13', 'ja'), areaName('jp_13', 'en'), areaName('jp_13', 'th')]).toEqual([
      '東京都',
      'Tokyo',
      'โตเกียว',
    ]);
    expect([areaName('th_01', 'th'), areaName('th_01', 'en')]).toEqual(['กรุงเทพฯ', 'Bangkok']);
    expect(areaName('tw_10', 'zh-TW')).toBe('新竹縣');
    expect(areaName('tw_22', 'en')).toBe('Lienchiang County');
    expect(areaName('xx_01', 'en')).toBe('xx_01');
  });
});
