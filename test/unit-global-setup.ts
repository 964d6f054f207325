// Bundles the CLI and main process once before the Node tests (some run the real `oa-planner`).

import { buildApp } from './helpers/build';

export default function setup(): void {
  buildApp(['main', 'cli']);
}
