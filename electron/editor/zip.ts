// A minimal zip writer: files stored as they are (method 0, no compression — the export's images are
// JPEG/PNG already), UTF-8 names, CRC-32. Yields the archive piece by piece, so a server can stream
// it with only one file in memory at a time. No zip64: an export folder is far below 4 GB.

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip and PNG use it). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** The path inside the archive, `/`-separated. */
  readonly name: string;
  /** Called when the entry's turn comes, so only one file is held at a time. */
  readonly read: () => Buffer;
}

/** MS-DOS date and time, which zip stores (local time, two-second steps, from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const utf8NameFlag = 0x0800;
const zipVersion = 20;
const maxUint32 = 0xffffffff;

/** The archive of `entries`, in order, as consecutive buffers. */
export function* zipChunks(entries: readonly ZipEntry[], modified = new Date()): Generator<Buffer> {
  if (entries.length > 0xffff) throw new Error('zip: more than 65535 entries needs zip64');
  const stamp = dosDateTime(modified);
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.read();
    if (data.length >= maxUint32 || offset >= maxUint32) throw new Error('zip: over 4 GB needs zip64');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zipVersion, 4);
    local.writeUInt16LE(utf8NameFlag, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    yield Buffer.concat([local, name]);
    yield data;

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | zipVersion, 4); // made on Unix, so the mode below counts
    header.writeUInt16LE(zipVersion, 6);
    header.writeUInt16LE(utf8NameFlag, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(stamp.time, 12);
    header.writeUInt16LE(stamp.date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}

/** The whole archive in one buffer (small archives, tests). */
export const zipBuffer = (entries: readonly ZipEntry[], modified?: Date): Buffer =>
  Buffer.concat([...zipChunks(entries, modified)]);
