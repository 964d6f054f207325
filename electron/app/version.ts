// The app's version, injected at build time from package.json (esbuild `define`); tests see the fallback.

declare const __OA_PLANNER_VERSION__: string | undefined;

export const appVersion: string =
  typeof __OA_PLANNER_VERSION__ === 'string' ? __OA_PLANNER_VERSION__ : '0.0.0-dev';
