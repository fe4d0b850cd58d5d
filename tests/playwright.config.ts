import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/lib/chromium.ts';
import { secondRegionPort } from './helpers/second-region.ts';

// E2E_PORT lets two checkouts on one machine run their browser tests at the same time.
const port = Number(process.env.E2E_PORT ?? 4322);

// The built site, served by nginx with the production configuration: tested as a user gets it.
export default defineConfig({
  testDir: './e2e',
  outputDir: './.tmp/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['line']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node scripts/serve-nginx.ts ${port}`,
      cwd: join(import.meta.dirname, ".."),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
    },
    {
      // Built by tests/builds/second-region.test.ts earlier in `npm test`; built here when missing.
      command: `node tests/helpers/second-region.ts && exec node scripts/serve-nginx.ts ${secondRegionPort}`,
      cwd: join(import.meta.dirname, ".."),
      env: { EN_VAG_IN_DIST: 'tests/.tmp/second-region/dist' },
      url: `http://127.0.0.1:${secondRegionPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
    },
  ],
});
