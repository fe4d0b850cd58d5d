// Debian's Chromium, as Playwright (the browser tests, the screenshot scripts, bench:search) and
// chrome-launcher (bench:lighthouse) start it here. No test tool downloads its own browser.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
    '--disable-dev-shm-usage',
  ],
};
