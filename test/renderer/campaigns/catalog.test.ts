// Every text the Campaigns screen asks for, in every language: the screen's keys are chosen at run
// time (`ct('markReady')`, `ct(\`type-${type}\`)`), so they are collected from its sources here.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignMessageTypes } from '../../../shared/campaigns/model';
import { genders } from '../../../shared/campaigns/targeting';
import { messageCatalogs } from '../../../shared/i18n/catalog';
import { supportedLocales } from '../../../shared/domain/locale';

const folder = path.join(import.meta.dirname, '../../../renderer/src/campaigns');
const templates: Readonly<Record<string, readonly string[]>> = {
  'type-': campaignMessageTypes,
  'gender-': genders,
  'country-': ['TW', 'JP', 'TH'],
  'metric-': ['click', 'open'],
};

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    for (const match of source.matchAll(/\bct\(\s*(['`])([^'`]+)\1/g)) {
      const key = match[2] ?? '';
      const template = /^([\w-]+-)\$\{/.exec(key);
      if (template?.[1]) {
        const values = templates[template[1]];
        if (!values) throw new Error(`${file}: no values known for ${key}`);
        for (const v of values) keys.add(`${template[1]}${v}`);
      } else keys.add(key);
    }
  }
  return [...keys].sort();
}

describe('the Campaigns screen’s texts', () => {
  const keys = usedKeys();

  it('finds the keys it uses', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(keys).toContain('markReady');
    expect(keys).toContain('type-imagemap');
  });

  it.each(supportedLocales)('has every key in %s, with the same placeholders as English', (locale) => {
    const ui = (messageCatalogs[locale].campaigns as unknown as { ui: Record<string, string> }).ui;
    const en = (messageCatalogs.en.campaigns as unknown as { ui: Record<string, string> }).ui;
    const missing = keys.filter((k) => typeof ui[k] !== 'string' || ui[k] === '');
    expect(missing).toEqual([]);
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en))
      expect(placeholders(ui[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    if (locale !== 'en') {
      const same = Object.keys(en).filter(
        (k) => ui[k] === en[k] && !/^(type-flex|packageId|stickerId|trackingId)$/.test(k),
      );
      expect(same.length, same.join(', ')).toBeLessThan(4);
    }
  });
});
