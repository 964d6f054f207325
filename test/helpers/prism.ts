// Prism mock servers of LINE's official OpenAPI documents, started on free loopback ports by the
// test that needs them (`prism mock <yml> -p <port>`; works offline). Prism checks each request
// against the document and answers with the documented example, or 4xx naming the violation.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContractDocumentName } from '../../electron/sandbox/openapi/contract';
import { openApiFile } from './line-openapi';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const prismBin = path.join(root, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface PrismMock {
  readonly origin: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

export async function startPrismMock(document: ContractDocumentName, timeoutMs = 90_000): Promise<PrismMock> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [prismBin, 'mock', openApiFile(document), '-p', String(port), '-h', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  const started = Date.now();
  while (!/Prism is listening/.test(output)) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${String(child.exitCode)}):\n${output}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`Prism did not start within ${String(timeoutMs)} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin: `http://127.0.0.1:${String(port)}`, output: () => output, stop };
}
