// The app's in-process sandbox: getSandboxStatus starts it lazily on 127.0.0.1 with its state and
// token in <dataDirectory>/sandbox.sqlite; the token never appears in what the renderer gets.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import { createSandboxService } from '../../../electron/sandbox/service';
import { openTestApp } from '../../helpers/test-handlers';
import { makeTempDir } from '../../helpers/temp-dir';

describe('the app’s sandbox service', () => {
  it('starts on first getSandboxStatus and reports origin, friends and quota', async () => {
    const app = openTestApp();
    expect(app.data.sandbox.started).toBe(false);
    const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
    const status = await api.getSandboxStatus();
    expect(status).toMatchObject({ running: true, friends: 5000, quota: { used: 0, limit: 6000 } });
    expect(status.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(path.join(app.data.dataDirectory, 'sandbox.sqlite'))).toBe(true);
    const { token } = await app.data.sandbox.connection();
    expect(JSON.stringify(status)).not.toContain(token);
    const client = new messagingApi.MessagingApiClient({
      channelAccessToken: token,
      baseURL: status.origin ?? '',
    });
    await client.broadcast({ messages: [{ type: 'text', text: 'rehearsal' }] });
    expect((await api.getSandboxStatus()).quota.used).toBeGreaterThan(4000);
    await app.data.sandbox.stop();
  });

  it('keeps one token per data directory across restarts', async () => {
    const dataDirectory = makeTempDir();
    const first = createSandboxService({ dataDirectory, friends: 50 });
    const a = await first.connection();
    await first.stop();
    const second = createSandboxService({ dataDirectory, friends: 50 });
    const b = await second.connection();
    await second.stop();
    expect(b.token).toBe(a.token);
    const other = createSandboxService({ dataDirectory: makeTempDir(), friends: 50 });
    expect((await other.connection()).token).not.toBe(a.token);
    await other.stop();
  });
});
