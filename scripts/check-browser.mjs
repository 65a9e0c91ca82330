// Fails early, with the fix, when the Chromium the browser tests drive is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `No Chromium found at ${path}.\n` +
      'The browser tests drive a system Chromium. Install one with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at an existing Chromium or Chrome binary, e.g.\n' +
      '  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
