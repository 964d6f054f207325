// Builds the whole app once before the end-to-end tests, so they run what the sources say.

import { buildApp } from '../helpers/build';

export default function setup(): void {
  buildApp(['main', 'cli', 'renderer']);
}
