// Reads a database's schema version (PRAGMA user_version) from its files without SQLite, so a file
// from a newer app can be refused with nothing changed: a read-write connection checkpoints the
// write-ahead log into the main file and deletes -wal/-shm when it closes, and even a read-only
// one rebuilds the -shm index. Follows the file formats at https://www.sqlite.org/fileformat2.html.

import fs from 'node:fs';

const headerBytes = 100;
const userVersionOffset = 60;
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
const walHeaderBytes = 32;
const walFrameHeaderBytes = 24;
const walFormatVersion = 3_007_000;
/** Frames read per system call while scanning the log. */
const framesPerRead = 64;

/**
 * The schema version the database holds once its committed log is counted: the last committed
 * copy of page 1 in `<file>-wal` if there is one, else the main file's header. `undefined` when
 * the main file is not a SQLite database (SQLite itself then reports what it is).
 */
export function probeSchemaVersion(file: string): number | undefined {
  const main = readMainHeader(file);
  if (main === 'not-sqlite') return undefined;
  return readCommittedPageOneVersion(`${file}-wal`) ?? main ?? 0;
}

/** The header's user_version; null when the file is missing or empty (a new database). */
function readMainHeader(file: string): number | null | 'not-sqlite' {
  const header = readStart(file, headerBytes);
  if (header === null || header.length === 0) return null;
  if (header.length < headerBytes || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    return 'not-sqlite';
  }
  return header.readUInt32BE(userVersionOffset);
}

function readStart(file: string, length: number): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replays the log as SQLite's recovery does: frames count while their salts match the header and
 * their cumulative checksums hold, and only up to the last commit frame. Returns the user_version
 * of the last committed page 1, or undefined when the log holds none (or there is no valid log).
 */
function readCommittedPageOneVersion(walFile: string): number | undefined {
  let fd: number;
  try {
    fd = fs.openSync(walFile, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const header = Buffer.alloc(walHeaderBytes);
    if (fs.readSync(fd, header, 0, walHeaderBytes, 0) < walHeaderBytes) return undefined;
    const magic = header.readUInt32BE(0);
    if ((magic & ~1) !== 0x377f0682 || header.readUInt32BE(4) !== walFormatVersion) return undefined;
    const pageSize = header.readUInt32BE(8);
    if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) return undefined;
    const bigEndian = (magic & 1) === 1;
    const sum: [number, number] = [0, 0];
    checksum(header, 0, 24, bigEndian, sum);
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) return undefined;
    const salts = header.subarray(16, 24);

    const frameBytes = walFrameHeaderBytes + pageSize;
    const buffer = Buffer.alloc(frameBytes * framesPerRead);
    let position = walHeaderBytes;
    let pendingVersion: number | undefined;
    let committedVersion: number | undefined;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, position);
      const frames = Math.floor(read / frameBytes);
      for (let index = 0; index < frames; index++) {
        const at = index * frameBytes;
        const pageNumber = buffer.readUInt32BE(at);
        if (pageNumber === 0 || !buffer.subarray(at + 8, at + 16).equals(salts)) return committedVersion;
        checksum(buffer, at, at + 8, bigEndian, sum);
        checksum(buffer, at + walFrameHeaderBytes, at + frameBytes, bigEndian, sum);
        if (sum[0] !== buffer.readUInt32BE(at + 16) || sum[1] !== buffer.readUInt32BE(at + 20)) {
          return committedVersion;
        }
        if (pageNumber === 1) {
          pendingVersion = buffer.readUInt32BE(at + walFrameHeaderBytes + userVersionOffset);
        }
        // A non-zero database size marks the frame that commits a transaction.
        if (buffer.readUInt32BE(at + 4) !== 0) committedVersion = pendingVersion ?? committedVersion;
      }
      if (frames < framesPerRead) return committedVersion;
      position += read;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** SQLite's WAL checksum over [start, end) in 32-bit words of the log's byte order, continuing `sum`. */
function checksum(
  bytes: Buffer,
  start: number,
  end: number,
  bigEndian: boolean,
  sum: [number, number],
): void {
  let s1 = sum[0];
  let s2 = sum[1];
  for (let i = start; i < end; i += 8) {
    const a = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const b = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s1 = (s1 + a + s2) >>> 0;
    s2 = (s2 + b + s1) >>> 0;
  }
  sum[0] = s1;
  sum[1] = s2;
}
