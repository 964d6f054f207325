// The same conformance suite against Prism mocks of the official documents (one per document, on
// free ports, started here): every request the suite makes must be valid there too. The mocks keep
// no state, so all tests share them.

import { randomBytes } from 'node:crypto';
import { startPrismMock } from '../../helpers/prism';
import { defineConformanceSuite } from './conformance-suite';

defineConformanceSuite('LINE sandbox conformance (Prism mock of the official documents)', async () => {
  const [messaging, audience, insight] = await Promise.all([
    startPrismMock('messaging-api'),
    startPrismMock('manage-audience'),
    startPrismMock('insight'),
  ]);
  const target = {
    kind: 'prism',
    origins: { messaging: messaging.origin, audience: audience.origin, insight: insight.origin },
    token: 'prism-token',
    userIds: Array.from({ length: 80 }, () => `U${randomBytes(16).toString('hex')}`),
    pastDate: '20260101',
  } as const;
  return {
    forTest: () => Promise.resolve(target),
    close: async () => {
      await Promise.all([messaging.stop(), audience.stop(), insight.stop()]);
    },
  };
});
