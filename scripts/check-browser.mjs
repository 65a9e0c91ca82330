// Finds the Chromium the browser tests and the benchmark drive, or fails early with the fix.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The Chromium binary (CHROME_PATH, default /usr/bin/chromium); exits with how to get one if missing. */
export function requireChromium(command) {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    console.error(
      `No Chromium found at ${path}.\n` +
        `\`${command}\` drives a system Chromium. Install one with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at an existing Chromium or Chrome binary, e.g.\n' +
        `  CHROME_PATH=/path/to/chrome ${command}`,
    );
    process.exit(1);
  }
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) requireChromium('npm test');
