// The conformance suite against the sandbox: real @line/bot-sdk clients, responses checked against
// the official OpenAPI response schemas. Every test gets a fresh sandbox of its own.

import { lineDate } from '../../../shared/line/ids';
import { startTestLineSandbox } from '../../helpers/line-sandbox';
import { defineConformanceSuite } from './conformance-suite';

defineConformanceSuite('LINE sandbox conformance (sandbox)', async () => ({
  async forTest() {
    const sandbox = await startTestLineSandbox({ friends: 300 });
    return {
      kind: 'sandbox',
      origins: { messaging: sandbox.origin, audience: sandbox.origin, insight: sandbox.origin },
      token: sandbox.token,
      userIds: sandbox
        .channel()
        .friends.reachable()
        .map((f) => f.userId),
      pastDate: lineDate(sandbox.clock.now() - 86_400_000),
      sandbox,
    };
  },
  close: async () => undefined,
}));
