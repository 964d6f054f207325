// Finds and launches the system's Chromium for end-to-end tests. Playwright's own browser download
// is never used; without a Chromium the tests fail with advice on how to get one.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumEnvVar = 'OA_PLANNER_CHROMIUM';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[chromiumEnvVar];
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`${chromiumEnvVar} is set to ${chosen}, but no file is there.`);
  }
  const found = candidates.find((file) => existsSync(file));
  if (found) return found;
  throw new Error(
    'The end-to-end tests need Chromium and none was found. Install it (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`; macOS: install Google Chrome or Chromium) or set ' +
      `${chromiumEnvVar} to a Chromium or Chrome executable.`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
