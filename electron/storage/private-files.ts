// Keeps the data folder private to the user who runs the app: the folder is 0700 and its files 0600
// on POSIX systems, whatever the umask, since they hold tokens and customer IDs. Windows keeps its
// default ACLs (the user's profile folder is already private), so nothing is changed there.

import fs from 'node:fs';

export const privateDirectoryMode = 0o700;
export const privateFileMode = 0o600;

const posix = process.platform !== 'win32';

/** Creates `dir` (and missing parents) as 0700, and narrows an existing one to 0700. */
export function ensurePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: privateDirectoryMode });
  if (posix) restrict(dir, privateDirectoryMode);
}

/** Narrows an existing file to 0600; a missing file is left missing. */
export function makeFilePrivate(file: string): void {
  if (posix) restrict(file, privateFileMode);
}

/**
 * Creates `file` empty as 0600 unless it exists (then narrows it), so a program that opens it next
 * (SQLite) never creates it with the umask's wider mode. SQLite gives -wal, -shm and -journal
 * files the main file's mode.
 */
export function ensurePrivateFile(file: string): void {
  if (!posix) return;
  try {
    fs.closeSync(fs.openSync(file, 'wx', privateFileMode));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    restrict(file, privateFileMode);
  }
}

function restrict(target: string, mode: number): void {
  try {
    const stat = fs.statSync(target);
    if ((stat.mode & 0o777) !== mode) fs.chmodSync(target, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Gone already, or on a file system without POSIX modes (FAT, some network shares), or not
    // this user's to change: the folder is then as private as that file system allows.
    if (code === 'ENOENT' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EROFS') return;
    throw error;
  }
}
