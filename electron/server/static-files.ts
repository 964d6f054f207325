// Serves the built renderer from one folder, refusing anything whose real path lies outside it.

import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** O_NOFOLLOW where the platform has it (Windows does not). */
const noFollow = constants.O_NOFOLLOW ?? 0;

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/**
 * Reads `urlPath` (already stripped of query and hash) from `root`; `/` is index.html.
 * Returns null for anything missing, a directory, or outside the root — by its real path, so a
 * symbolic link inside the folder that points elsewhere (say, to /etc) serves nothing.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  try {
    const realRoot = await fs.realpath(root);
    const file = await fs.realpath(path.resolve(realRoot, relative));
    if (!file.startsWith(realRoot + path.sep)) return null;
    // Not following a link that replaced the file since, and checked through the open handle.
    const handle = await fs.open(file, constants.O_RDONLY | noFollow);
    try {
      if (!(await handle.stat()).isFile()) return null;
      return { body: await handle.readFile(), contentType: contentTypeFor(file) };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
