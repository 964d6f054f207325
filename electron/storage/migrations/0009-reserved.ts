// Version 9 is another change's (the audience jobs); this stand-in keeps the versions contiguous
// until that one takes its place. It changes nothing.

import type { Migration } from '../migration';

export const reserved: Migration = {
  version: 9,
  name: 'reserved',
  up() {
    // Nothing.
  },
};
