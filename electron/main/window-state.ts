// Where the window opens: the remembered bounds when they are still on a connected display,
// otherwise a default size centred on the primary display.

import type { WindowBounds } from '../../shared/domain/preferences';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const defaultWindowSize = { width: 1280, height: 820 } as const;
export const minimumWindowSize = { width: 960, height: 640 } as const;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

export function initialWindowBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): WindowBounds {
  if (saved) {
    // Keep the saved place if a real part of the window (a quarter) is on some display's work area.
    const visible = Math.max(0, ...workAreas.map((area) => overlapArea(saved, area)));
    if (visible >= (saved.width * saved.height) / 4) {
      return saved;
    }
  }
  const width = Math.min(defaultWindowSize.width, primary.width);
  const height = Math.min(defaultWindowSize.height, primary.height);
  return {
    x: Math.round(primary.x + (primary.width - width) / 2),
    y: Math.round(primary.y + (primary.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? false,
  };
}
