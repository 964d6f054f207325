// A worker in a process of its own, for the crash tests: it drains the outbox of the data folder in
// OUTBOX_DATA_DIR, sending to the sandbox at SANDBOX_ORIGIN, and kills itself with SIGKILL at the
// hook point CRASH_AT names ('accepted': LINE has accepted a request, nothing is recorded yet), on
// the CRASH_AFTER-th time it gets there (default the first). CLOCK_OFFSET_MS moves its clock ahead,
// so a worker started after one was killed can take the dead one's lease over without waiting.

import { openDataDirectory } from '../../../electron/storage/database';
import { channelConnection } from '../../../electron/sync/connection';
import { drainOutbox } from '../../../electron/sync/worker';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const database = openDataDirectory(env('OUTBOX_DATA_DIR'));
const sandbox = {
  connection: () => Promise.resolve({ origin: env('SANDBOX_ORIGIN'), token: env('SANDBOX_TOKEN') }),
};
const crashAt = process.env.CRASH_AT;
let left = Number(process.env.CRASH_AFTER ?? '1');
const offset = Number(process.env.CLOCK_OFFSET_MS ?? '0');

const report = await drainOutbox({
  db: database.db,
  connect: (channelId) => channelConnection(database.db, channelId, { sandbox }),
  holder: `crash-worker-${String(process.pid)}`,
  now: () => Date.now() + offset,
  retry: { minTimeout: 0, maxTimeout: 0, randomize: false },
  // The sandbox's clock stands still in tests: a narrowcast is left running for the next worker.
  maxProgressPolls: Number(process.env.PROGRESS_POLLS ?? '720'),
  afterAccepted: () => {
    if (crashAt === 'accepted' && --left === 0) process.kill(process.pid, 'SIGKILL');
  },
});
database.close();
process.stdout.write(JSON.stringify(report));
