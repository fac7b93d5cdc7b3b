/**
 * The one browser of the tests, benchmarks and Lighthouse: Debian's chromium (never a downloaded one).
 * CHROMIUM_PATH points elsewhere on other systems; the flags suit a closed network and headless runs.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
