// Image and video fixtures for editor tests, generated with sharp (no binary files in the repo).

import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { ApiHandlers } from '../../../shared/api/contract';
import { assetChunkMaxBytes } from '../../../shared/editor/project';

/** A photo-like image: random noise compresses badly, like a detailed 12 MP photo. */
export async function noisyJpeg(width: number, height: number, seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < pixels.length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    // Noise over a gradient, so the photo has structure and crops can be told apart.
    pixels[i] = ((x >>> 24) & 0x7f) + Math.floor((((i / 3) % width) / width) * 128);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

export const solidPng = (width: number, height: number, color = '#3366cc', alpha = 1): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 4, background: { ...hex(color), alpha } } })
    .png()
    .toBuffer();

function hex(color: string): { r: number; g: number; b: number } {
  const n = (i: number) => parseInt(color.slice(i, i + 2), 16);
  return { r: n(1), g: n(3), b: n(5) };
}

/** A JPEG stored sideways with EXIF orientation 6 (rotate 90° clockwise to view): stored 300×200, shown 200×300. */
export const exifRotatedJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#cc3333' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** A two-frame animated GIF of 120×80 frames (green, then red). */
export async function animatedGif(): Promise<Buffer> {
  const frame = (color: string) =>
    sharp({ create: { width: 120, height: 80, channels: 3, background: color } })
      .png()
      .toBuffer();
  return sharp([await frame('#33aa33'), await frame('#aa3333')], { join: { animated: true } })
    .gif()
    .toBuffer();
}

export const webp = (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } })
    .webp()
    .toBuffer();

/** A valid PNG header claiming 30000×30000 pixels, with almost no data: a decompression bomb. */
export function pngBombHeader(width = 30000, height = 30000): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of an MP4 file: an ftyp box (isom) and an empty mdat; enough for the type check. */
export function mp4Stub(brand = 'isom', extraBytes = 0): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftyp', 4, 'latin1');
  ftyp.write(brand, 8, 'latin1');
  ftyp.writeUInt32BE(512, 12);
  ftyp.write('isomavc1', 16, 'latin1');
  const mdat = Buffer.alloc(8 + extraBytes);
  mdat.writeUInt32BE(8 + extraBytes, 0);
  mdat.write('mdat', 4, 'latin1');
  return Buffer.concat([ftyp, mdat]);
}

export const svg = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
);

/** A text-layer raster as the renderer would send it: opaque white box with a dark bar. */
export const textRasterPng = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([
      {
        input: {
          create: {
            width: Math.max(1, width - 20),
            height: Math.max(1, Math.floor(height / 2)),
            channels: 4,
            background: '#202020',
          },
        },
        left: 10,
        top: Math.floor(height / 4),
      },
    ])
    .png()
    .toBuffer();

/** Uploads bytes in chunks the way the renderer does. */
export async function upload(
  handlers: ApiHandlers,
  projectId: number,
  fileName: string,
  bytes: Buffer,
  chunk = assetChunkMaxBytes,
  kind?: 'image' | 'video',
) {
  const { uploadId } = await handlers.beginAssetUpload({
    projectId,
    fileName,
    byteLength: bytes.length,
    ...(kind ? { kind } : {}),
  });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await handlers.appendAssetChunk({
      uploadId,
      offset,
      chunkBase64: bytes.subarray(offset, offset + chunk).toString('base64'),
    });
  }
  return handlers.finishAssetUpload(uploadId);
}
