// createAppServices is the one wiring of the shells: events reach every listener, and close() waits
// for every service (the sandbox's server too) before it resolves.

import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/app/services';
import { makeTempDir } from '../../helpers/temp-dir';

function connects(origin: string): Promise<boolean> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('createAppServices', () => {
  it('fans events out to every listener until it unsubscribes', async () => {
    const services = createAppServices({ shell: 'browser', dataDirectory: makeTempDir() });
    const first: string[] = [];
    const second: string[] = [];
    services.onEvent((event) => first.push(event));
    const stop = services.onEvent((event) => second.push(event));
    await services.handlers.setPreferences({ locale: 'ja' });
    stop();
    await services.handlers.setPreferences({ locale: 'th' });
    expect(first).toEqual(['preferencesChanged', 'preferencesChanged']);
    expect(second).toEqual(['preferencesChanged']);
    await services.close();
  });

  it('closes only once every service has stopped: the sandbox port is closed, then the database', async () => {
    const services = createAppServices({
      shell: 'browser',
      dataDirectory: makeTempDir(),
      sandboxFriends: 50,
    });
    const status = await services.handlers.getSandboxStatus();
    expect(status.running).toBe(true);
    const origin = status.origin!;
    expect(await connects(origin)).toBe(true);

    const closing = services.close();
    expect(services.close()).toBe(closing);
    await closing;
    expect(await connects(origin)).toBe(false);
    expect(services.database.db.open).toBe(false);
  });
});
