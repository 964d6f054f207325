// The emulator's route table: every endpoint it answers, by OpenAPI operationId.

import type { SandboxRoute } from './route';
import { audienceRoutes } from './routes-audiences';
import { botRoutes } from './routes-bot';
import { insightRoutes } from './routes-insight';
import { messageRoutes } from './routes-messages';
import { richMenuRoutes } from './routes-richmenus';

export const sandboxRoutes: readonly SandboxRoute[] = [
  ...botRoutes,
  ...messageRoutes,
  ...audienceRoutes,
  ...richMenuRoutes,
  ...insightRoutes,
];
