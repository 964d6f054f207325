// The export's compositor against sharp's own `composite` (the operation it replaces for speed).

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { paintOverlays } from '../../../electron/editor/export';

function rgba(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
) {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  }
  return data;
}

describe('paintOverlays', () => {
  const canvas = { width: 40, height: 30 };
  const background = { r: 250, g: 240, b: 10 };
  const overlays = [
    // An opaque photo cell, then a translucent gradient over part of it, then a fully clear patch.
    {
      input: rgba(20, 30, (x, y) => [x * 10, y * 8, 100, 255]),
      left: 0,
      top: 0,
      raw: { width: 20, height: 30, channels: 4 as const },
    },
    {
      input: rgba(25, 10, (x) => [0, 0, 255, x * 10]),
      left: 10,
      top: 5,
      raw: { width: 25, height: 10, channels: 4 as const },
    },
    {
      input: rgba(5, 5, () => [1, 2, 3, 0]),
      left: 35,
      top: 25,
      raw: { width: 5, height: 5, channels: 4 as const },
    },
  ];

  it('matches sharp composite within one level per channel', async () => {
    const mine = paintOverlays(canvas, background, overlays);
    const theirs = await sharp({ create: { ...canvas, channels: 3, background } })
      .composite(overlays.map((o) => ({ input: o.input, left: o.left, top: o.top, raw: o.raw })))
      .removeAlpha()
      .raw()
      .toBuffer();
    expect(mine.length).toBe(theirs.length);
    let worst = 0;
    for (let i = 0; i < mine.length; i++) worst = Math.max(worst, Math.abs(mine[i]! - theirs[i]!));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('copies opaque pixels exactly, keeps the background where nothing is painted', () => {
    const out = paintOverlays(canvas, background, overlays);
    const at = (x: number, y: number) => [...out.subarray((y * 40 + x) * 3, (y * 40 + x) * 3 + 3)];
    expect(at(3, 20)).toEqual([30, 160, 100]);
    expect(at(39, 0)).toEqual([250, 240, 10]);
    expect(at(37, 27)).toEqual([250, 240, 10]);
    // The gradient's alpha at x = 19 is 90 of 255, over the opaque cell pixel (190, 48, 100).
    const over = (src: number, dst: number) => Math.round((src * 90 + dst * 165) / 255);
    expect(at(19, 6)).toEqual([over(0, 190), over(0, 48), over(255, 100)]);
  });

  it('paints opaque RGB photo cells row by row, exactly, under what comes after them', () => {
    const rgb = Buffer.alloc(20 * 30 * 3);
    for (let y = 0; y < 30; y++) {
      for (let x = 0; x < 20; x++) rgb.set([x * 10, y * 8, 100], (y * 20 + x) * 3);
    }
    const asRgb = [
      { ...overlays[0]!, input: rgb, raw: { width: 20, height: 30, channels: 3 as const } },
      ...overlays.slice(1),
    ];
    // The same picture as with the cell given as opaque RGBA.
    expect(paintOverlays(canvas, background, asRgb).equals(paintOverlays(canvas, background, overlays))).toBe(
      true,
    );
    const placed = paintOverlays(canvas, background, [
      { input: rgb, left: 15, top: 0, raw: { width: 20, height: 30, channels: 3 } },
    ]);
    expect([...placed.subarray((2 * 40 + 16) * 3, (2 * 40 + 16) * 3 + 3)]).toEqual([10, 16, 100]);
    expect([...placed.subarray((2 * 40 + 14) * 3, (2 * 40 + 14) * 3 + 3)]).toEqual([250, 240, 10]);
  });
});
