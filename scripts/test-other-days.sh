#!/usr/bin/env bash
# Part of `npm test`: the tests that derive from the build day run again on a site built as on two
# other days, a summer-time day and a day two years ahead, so that no test passes only on the day
# it was written. Which tests: unit, site and build tests that read the build day (they name buildDate,
# buildDay or BUILD_DATE) and browser tests tagged @date.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BUILD_DATE:?set by scripts/test.sh}"
export TZ=Europe/Stockholm

year=${BUILD_DATE:0:4}
summer="$year-07-01"
# After the build day, so that no content's review date lies in that day's future.
[[ "$summer" > "$BUILD_DATE" ]] || summer="$((year + 1))-07-01"
later=$(date -d "$BUILD_DATE +2 years" +%F)

mapfile -t vitest_files < <(grep -l -E 'buildDate|buildDay|BUILD_DATE' tests/unit/*.test.ts tests/content/*.test.ts tests/site/*.test.ts tests/builds/*.test.ts | sort)

for day in "$summer" "$later"; do
  echo "== Datumberoende tester, webbplatsen byggd som den $day"
  out="tests/.tmp/dist-$day"
  rm -rf "$out"
  BUILD_DATE="$day" npm run build --silent -- --outDir "$out" > "tests/.tmp/build-$day.log" 2>&1 || { cat "tests/.tmp/build-$day.log"; exit 1; }
  BUILD_DATE="$day" EN_VAG_IN_DIST="$out" vitest run -c tests/vitest.config.ts "${vitest_files[@]}"
  BUILD_DATE="$day" EN_VAG_IN_DIST="$out" playwright test -c tests/playwright.config.ts --grep @date
  rm -rf "$out" "tests/.tmp/build-$day.log"
done
