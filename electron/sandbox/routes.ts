// The emulator's route table: every endpoint it answers, by OpenAPI operationId. A new endpoint is
// a SandboxRoute in its resource's routes-X.ts, answering from that resource's state-X.ts (its
// body is checked against the bundled contract by operationId, its rate limit comes from
// shared/line/limits.ts). A new resource adds both files, a field of ChannelState, and a line here.

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
