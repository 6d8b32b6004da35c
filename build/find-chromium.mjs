// Finds a Chromium for the browser tests, or says exactly how to get one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium or Chrome on this machine, or undefined. */
export function chromiumPath() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = chromiumPath();
  if (!found) {
    console.error(
      [
        'No Chromium found: the tests run in a real browser.',
        'On Debian/Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium',
        'Elsewhere:          install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Using ${found}`);
}
