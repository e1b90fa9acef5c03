#!/usr/bin/env node
/**
 * Runs the Playwright journeys in Debian's Chromium against the real server on a fresh SQLite
 * database. Without a Chromium the run is skipped with one loud line — except under CI=true,
 * where that is a failure. Extra arguments go to `playwright test`.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  if (process.env.CI === 'true') {
    console.error(`\n!!! Chromium not found at ${chromium}: CI needs it for the e2e journeys (apt-get install chromium). FAILING. !!!\n`);
    process.exit(1);
  }
  console.warn(`\n!!! CHROMIUM NOT FOUND at ${chromium}: e2e journeys SKIPPED. Install Debian's chromium or set CHROMIUM_PATH. !!!\n`);
  process.exit(0);
}
for (const built of ['../server/dist/main.js', '../admin-ui/dist/index.html']) {
  if (!fs.existsSync(path.join(__dirname, built))) {
    console.error(`e2e needs the built app (${built} is missing): run \`npm run build\` at the project root first.`);
    process.exit(1);
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-e2e-'));
const result = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', ...process.argv.slice(2)], {
  cwd: __dirname,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, E2E_DATA_DIR: dataDir },
});
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
