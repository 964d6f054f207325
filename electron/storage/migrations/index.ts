// Every schema migration, in order. Append only: a shipped migration is never edited or removed,
// because users' databases have already recorded it in PRAGMA user_version.

import type { Migration } from '../migration';
import { channels } from './0001-channels';
import { audiences } from './0002-audiences';
import { projects } from './0003-projects';
import { campaigns } from './0004-campaigns';
import { channelConnections } from './0005-channel-connections';
import { outbox } from './0006-outbox';
import { richMenus } from './0007-richmenus';
import { pull } from './0008-pull';
import { audienceSync } from './0009-audience-sync';
import { outboxJobs } from './0010-outbox-jobs';
import { outboxOpenIndex } from './0011-outbox-open-index';

export const migrations: readonly Migration[] = [
  channels,
  audiences,
  projects,
  campaigns,
  channelConnections,
  outbox,
  richMenus,
  pull,
  audienceSync,
  outboxJobs,
  outboxOpenIndex,
];
