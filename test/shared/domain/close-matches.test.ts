// The names offered for one that matched none.

import { describe, expect, it } from 'vitest';
import { closeMatches } from '../../../shared/domain/close-matches';

const names = ['Spring menu', 'Spring sale', 'Winter sale', 'Autumn', 'ＶＩＰ menu', 'Menu'];
const close = (wanted: string, max?: number) => closeMatches(wanted, names, (n) => n, max);

describe('closeMatches', () => {
  it('offers names a few slips away, closest first', () => {
    expect(close('Sprnig menu')).toEqual(['Spring menu']);
    expect(close('Spring sal')).toEqual(['Spring sale']);
    // A name holding the wanted one, then one edit away; three edits in six characters are too many.
    expect(closeMatches('colour', ['cooler', 'color', 'colours'], (n) => n)).toEqual(['colours', 'color']);
    expect(close('Wintr sale')).toEqual(['Winter sale']);
  });

  it('counts case, width and spacing as no difference, and a part of a name as close', () => {
    expect(close('AUTUMN')).toEqual(['Autumn']);
    expect(close('vip  MENU')).toEqual(['ＶＩＰ menu']);
    expect(close('spring')).toEqual(['Spring menu', 'Spring sale']);
    expect(close('menu')[0]).toBe('Menu');
  });

  it('offers nothing for a name like no other, and at most max names', () => {
    expect(close('Christmas')).toEqual([]);
    expect(close('')).toEqual([]);
    expect(close('Me')).toEqual([]);
    expect(close('sale', 1)).toEqual(['Spring sale']);
  });
});
