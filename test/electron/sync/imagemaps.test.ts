// A send with a rich message (imagemap) checks, before it leaves, that its images are online: the
// worker asks `BASE/1040` of a real local HTTPS server (LINE takes only HTTPS base URLs; the
// server's certificate is a test fixture the check is told to trust) and sends only when an image
// answers. A base
// URL that answers a page, a 404 or nothing fails the entry with the URL named, and nothing reaches
// LINE (not even validation).

import { readFileSync } from 'node:fs';
import { createServer as createPlainServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import { getOutboxEntry } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import type { ImageFetch } from '../../../electron/sync/run-imagemaps';
import { englishText } from '../../../shared/i18n/text';
import { imagemapProject } from '../campaigns/fixtures';
import { syncFixture } from './helpers';

const tls = (name: string) => readFileSync(new URL(`../../fixtures/tls/${name}`, import.meta.url));
const certificate = tls('localhost.crt');
/** fetch trusting the fixture's certificate, as a host with a real one is trusted. */
const agent = new Agent({ connect: { ca: certificate } });
const trustingFetch: ImageFetch = (url, init) =>
  undiciFetch(url, { ...init, dispatcher: agent }) as unknown as ReturnType<ImageFetch>;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A folder host: `/shop/1040` an image, `/page/1040` an HTML page, anything else 404; every path asked kept. */
async function imageHost(): Promise<{ origin: string; asked: string[]; closedOrigin: string }> {
  const asked: string[] = [];
  const server = createServer({ key: tls('localhost.key'), cert: certificate }, (request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/shop/1040') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (request.url === '/page/1040') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html>Not an image</html>');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  // A port nothing listens on: a server closed at once.
  const closed = createPlainServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  return {
    origin: `https://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    asked,
    closedOrigin: `https://127.0.0.1:${String(closedPort)}`,
  };
}

async function imagemapSend(baseUrl: string) {
  const fixture = await syncFixture();
  const projectId = imagemapProject(fixture.database.db, 'Spring sale');
  const campaignId = fixture.campaign({
    messages: [
      { type: 'imagemap', projectId, baseUrl },
      { type: 'text', text: 'See you soon' },
    ],
  });
  const [entryId] = queueCampaignSend(fixture.database.db, campaignId);
  return {
    ...fixture,
    campaignId,
    entryId: entryId!,
    drain: () => fixture.drain({ imagemapFetch: trustingFetch }),
  };
}

describe('imagemap hosting before a send', { timeout: 60_000 }, () => {
  it('sends once BASE/1040 answers with an image', async () => {
    const host = await imageHost();
    const { sandbox, drain, entryId, database, campaignId } = await imagemapSend(`${host.origin}/shop`);
    const report = await drain();
    expect(report.done).toEqual([entryId]);
    expect(host.asked).toEqual(['/shop/1040']);
    expect(sandbox.log.count('broadcast')).toBe(1);
    const sent = sandbox.log.list('broadcast')[0]!.body as { messages: { type: string; baseUrl?: string }[] };
    expect(sent.messages[0]).toMatchObject({ type: 'imagemap', baseUrl: `${host.origin}/shop` });
    expect(getCampaign(database.db, campaignId)?.status).toBe('sent');
  });

  it.each([
    ['a page, not an image', '/page', /answers with text\/html; charset=utf-8, not an image/],
    ['a 404', '/missing', /answers with HTTP 404/],
  ])('fails with the URL named when the host answers %s; nothing reaches LINE', async (_, path, said) => {
    const host = await imageHost();
    const { sandbox, drain, entryId, database, campaignId } = await imagemapSend(`${host.origin}${path}`);
    const report = await drain();
    expect(report.failed).toEqual([entryId]);
    const entry = getOutboxEntry(database.db, entryId)!;
    expect(entry.state).toBe('failed');
    expect(entry.lastError?.key).toBe('errors.sync.imagemapNotHosted');
    const text = englishText(entry.lastError!);
    expect(text).toContain(`${host.origin}${path}/1040`);
    expect(text).toMatch(said);
    expect(sandbox.log.list().filter((r) => r.operationId !== undefined)).toEqual([]);
    expect(getCampaign(database.db, campaignId)?.status).toBe('failed');
  });

  it('fails when nothing answers at the base URL', async () => {
    const host = await imageHost();
    const { sandbox, drain, entryId, database } = await imagemapSend(`${host.closedOrigin}/shop`);
    await drain();
    const entry = getOutboxEntry(database.db, entryId)!;
    expect(entry.state).toBe('failed');
    expect(englishText(entry.lastError!)).toContain(`${host.closedOrigin}/shop/1040 cannot be reached`);
    expect(sandbox.log.count('broadcast')).toBe(0);
  });
});
