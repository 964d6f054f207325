import { describe, expect, it } from 'vitest';
import { defaultWindowSize, initialWindowBounds } from '../../../electron/main/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const secondary = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('initialWindowBounds', () => {
  it('centres a default-size window when nothing is saved', () => {
    expect(initialWindowBounds(null, [primary], primary)).toEqual({
      x: (1920 - defaultWindowSize.width) / 2,
      y: (1040 - defaultWindowSize.height) / 2,
      width: defaultWindowSize.width,
      height: defaultWindowSize.height,
      maximized: false,
    });
  });

  it('restores saved bounds on a connected display', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: true };
    expect(initialWindowBounds(saved, [primary, secondary], primary)).toEqual(saved);
  });

  it('moves a window whose display was disconnected back onto the primary one', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    const bounds = initialWindowBounds(saved, [primary], primary);
    expect(bounds.x).toBeLessThan(1920);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920);
  });

  it('fits the default size into a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    const bounds = initialWindowBounds(null, [small], small);
    expect(bounds).toMatchObject({ x: 0, y: 0, width: 1024, height: 700 });
  });
});
