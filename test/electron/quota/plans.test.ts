// The user's plans in SQLite: stored without origin, read back through the plan schema, and a row
// that cannot be read named rather than used.

import { describe, expect, it } from 'vitest';
import { deleteUserPlan, listPlans, listUserPlans, saveUserPlan } from '../../../electron/quota/plans';
import { builtinPlan } from '../../../shared/quota/plans';
import { openMemoryDatabase } from '../../helpers/temp-database';

describe('user plans', () => {
  it('stores a copy under its id, replaces it on a second save and removes it', () => {
    const { db } = openMemoryDatabase();
    const high = builtinPlan('tw-2023-high')!;
    saveUserPlan(db, { ...high, monthlyFee: 1_250, origin: 'builtin', edited: false });
    saveUserPlan(db, { ...high, monthlyFee: 1_300 });
    const stored = db.prepare('SELECT plan FROM user_plans').all() as { plan: string }[];
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!.plan)).not.toHaveProperty('origin');
    expect(listUserPlans(db)).toEqual([{ ...high, monthlyFee: 1_300, origin: 'user' }]);
    expect(deleteUserPlan(db, 'tw-2023-high')).toBe(true);
    expect(deleteUserPlan(db, 'tw-2023-high')).toBe(false);
    expect(listPlans(db).find((p) => p.id === 'tw-2023-high')).toBe(high);
  });

  it('names a stored plan it cannot read', () => {
    const { db } = openMemoryDatabase();
    db.prepare(
      'INSERT INTO user_plans (id, plan) VALUES (\'hand-edited\', \'{"id":"hand-edited","fee":1}\')',
    ).run();
    expect(() => listPlans(db)).toThrow(
      /^The stored plan “hand-edited” cannot be read \(.+\); save it again or delete it\.$/,
    );
    db.prepare("UPDATE user_plans SET plan = json_set(?, '$.id', 'other') WHERE id = 'hand-edited'").run(
      JSON.stringify(builtinPlan('tw-2023-light')),
    );
    expect(() => listPlans(db)).toThrow(/its id does not match its row/);
  });
});
