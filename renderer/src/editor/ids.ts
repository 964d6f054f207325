// Ids for new layers and areas: random, short, unique within a project.

import { randomIds } from '../../../shared/editor/create';

const generate = randomIds();

export function newId(): string {
  return generate();
}
