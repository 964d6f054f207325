// Labels the canvas draws itself (the video's "▶ Video", the overflow badge) are in the UI's
// language, so they use the bundled faces of every script; a face subset loads only once something
// asks for it, and canvas text drawn before then shows boxes. This asks, and says when to redraw.

import { useEffect, useState } from 'react';
import { fontStack } from '../text-render';

/** Every bundled face, Latin first: what the canvas's own labels are set in. */
export const labelFontFamily = fontStack('Noto Sans');

/** A number that changes once the faces `text` needs in `font` have loaded (use it as a key). */
export function useFontsLoaded(font: string, text: string): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    document.fonts
      .load(font, text)
      .then(() => {
        if (live) setLoads((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [font, text]);
  return loads;
}
