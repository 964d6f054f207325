// Planning figures read as defaults until saved, and a save merges over what is stored.

import { describe, expect, it } from 'vitest';
import { defaultPlanning, getChannelPlanning, saveChannelPlanning } from '../../../electron/quota/planning';
import { openMemoryDatabase } from '../../helpers/temp-database';
import { issueExample } from '../../shared/campaigns/fixtures';

describe('channel planning', () => {
  it('reads the defaults for a channel that saved nothing', () => {
    const { db } = openMemoryDatabase();
    expect(getChannelPlanning(db, 1)).toEqual({ channelId: 1, ...defaultPlanning });
  });

  it('merges a save over the stored figures and keeps every field through a round trip', () => {
    const { db } = openMemoryDatabase();
    saveChannelPlanning(db, 1, {
      timeZone: 'Asia/Tokyo',
      planId: 'jp-2023-standard',
      additionalMessageCap: 10_000,
      friends: issueExample.friends,
      consumed: { month: '2026-12', messages: 120 },
      automations: issueExample.automations,
    });
    const saved = saveChannelPlanning(db, 1, { additionalMessageCap: null, consumed: null });
    expect(saved.planId).toBe('jp-2023-standard');
    expect(saved.additionalMessageCap).toBeNull();
    expect(saved.consumed).toBeNull();
    expect(getChannelPlanning(db, 1)).toEqual(saved);
    expect(getChannelPlanning(db, 1).friends?.demographics.genders?.female).toBe(0.55);
  });
});
