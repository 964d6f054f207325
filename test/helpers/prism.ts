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
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  // Ready when Prism says so on its output; the timer only bounds a start that never comes.
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) void stop().then(() => reject(error));
      else resolve();
    };
    const onOutput = (d: Buffer) => {
      output += d.toString();
      if (/Prism is listening/.test(output)) settle();
    };
    const onExit = (code: number | null) => settle(new Error(`Prism exited (${String(code)}):\n${output}`));
    const timer = setTimeout(
      () => settle(new Error(`Prism did not start within ${String(timeoutMs)} ms:\n${output}`)),
      timeoutMs,
    );
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', onExit);
  });
  return { origin: `http://127.0.0.1:${String(port)}`, output: () => output, stop };
}
