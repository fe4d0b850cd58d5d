#!/usr/bin/env bash
# `npm test`: every test, in the order they depend on each other. Fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
# Opening hours are computed in Sweden's time zone, whatever the machine's.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ASTRO_TELEMETRY_DISABLED=1 TZ=Europe/Stockholm
# One build day for the build and every test, even when the run crosses midnight.
export BUILD_DATE="${BUILD_DATE:-$(date +%F)}"
echo "== Byggdag $BUILD_DATE"

bash scripts/ensure-test-tools.sh

echo "== Typkontroll (astro check: .astro och .ts)"
npm run check --silent

echo "== Enhetstester och innehållets felmeddelanden"
vitest run -c tests/vitest.config.ts --project unit

echo "== Bygger webbplatsen"
npm run build --silent

# For the log only: time passing shows in the report and never fails a run.
echo "== Innehållsrapport (samma som dist/innehallsrapport/)"
npm run content:report --silent

echo "== Kontroller av den byggda webbplatsen (dist/)"
vitest run -c tests/vitest.config.ts --project site

echo "== Kopior av projektet byggda och kontrollerade (ett senare datum, ett språk till, annat innehåll)"
vitest run -c tests/vitest.config.ts --project builds

echo "== Webbläsartester genom nginx"
playwright test -c tests/playwright.config.ts

bash scripts/test-other-days.sh
