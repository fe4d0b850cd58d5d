// What residents type, and the page that must answer it: slang, misspellings, abbreviations,
// the municipality's everyday name, "socialen", a place with a need, kinds of support. Written
// from how people ask, not from the pages' titles. Every query must pass; the share is printed
// so a change to the ranking shows what it gained and lost.
import { realContent } from '../helpers/navigator-data.ts';
import { expect, test } from './fixtures.ts';
import { resultUrls, searchFor } from './search-page.ts';

type Place = 'first' | 'top3';
/** A query, where the answer must be, and the pages that answer it (any one of them). */
type Expectation = [query: string, place: Place, answers: string[]];

const relativesOfDrinkers = ['/for-anhoriga/barn-och-unga/', '/for-anhoriga/barn-som-anhoriga/', '/for-anhoriga/stod/stodgrupper-for-barn/'];
const socialServices = ['karlshamn', 'karlskrona', 'olofstrom', 'ronneby', 'solvesborg'].map((m) => `/mottagningar/${m}-socialtjanst-vuxen/`);
const talksForRelatives = ['karlshamn', 'karlskrona', 'olofstrom', 'ronneby', 'solvesborg'].map((m) => `/for-anhoriga/stod/${m}-anhorigstod-samtal/`);
const groups = ['/for-anhoriga/stod/spelberoendes-anhorigstod/', '/for-anhoriga/stod/al-anon-och-alateen/', '/for-anhoriga/stod/stodgrupper-for-barn/', '/stodlinjer/spelberoendes-riksforbund/', '/stodlinjer/anonyma-alkoholister/', '/stodlinjer/anonyma-narkomaner/'];

const expectations: Expectation[] = [
  // Worry about someone close, in their own sentences.
  ['mamma super jämt', 'top3', relativesOfDrinkers],
  ['min pappa dricker', 'top3', relativesOfDrinkers],
  ['pappa spelar bort pengar', 'top3', ['/for-anhoriga/barn-och-unga/', '/for-anhoriga/nar-nagon-i-familjen-spelar-om-pengar/']],
  ['sambo dricker', 'top3', ['/for-anhoriga/', '/for-anhoriga/att-vara-anhorig/']],
  ['barn till alkoholist', 'top3', ['/for-anhoriga/barn-som-anhoriga/', '/for-anhoriga/stod/stodgrupper-for-barn/']],
  ['min son röker på', 'top3', ['/for-anhoriga/barn-som-anhoriga/', '/kunskap/cannabis/']],
  ['tonåring knark', 'top3', ['/for-anhoriga/barn-som-anhoriga/', '/kunskap/cannabis/']],
  ['orolig för en vän', 'top3', ['/for-anhoriga/prata-med-nagon-du-ar-orolig-for/', '/for-anhoriga/']],
  ['min kompis knarkar', 'top3', ['/for-anhoriga/', '/for-anhoriga/prata-med-nagon-du-ar-orolig-for/']],
  // About oneself.
  ['kan inte sluta spela', 'top3', ['/kunskap/spel-om-pengar/', '/testa-dina-vanor/nods-clip/', '/testa-dina-vanor/pgsi/']],
  ['dricker för mycket', 'top3', ['/kunskap/alkohol/', '/stodlinjer/alkoholhjalpen/', '/testa-dina-vanor/audit/']],
  ['vill sluta dricka', 'top3', ['/stodlinjer/anonyma-alkoholister/', '/stodlinjer/alkoholhjalpen/', '/kunskap/alkohol/']],
  ['vill ta livet av mig', 'top3', ['/stodlinjer/sjalvmordslinjen/', '/akut/']],
  ['självmordstankar', 'top3', ['/akut/', '/stodlinjer/sjalvmordslinjen/']],
  // Self-tests.
  ['alkohol test', 'top3', ['/testa-dina-vanor/audit/', '/testa-dina-vanor/audit-c/']],
  ['testa mitt drickande', 'top3', ['/testa-dina-vanor/', '/testa-dina-vanor/audit/', '/testa-dina-vanor/audit-c/']],
  ['droger test', 'first', ['/testa-dina-vanor/dudit/']],
  // Clinics and services, by what they do and what people call them.
  ['rena sprutor', 'first', ['/mottagningar/region-blekinge-sprututbyte/']],
  ['sprutbyte', 'first', ['/mottagningar/region-blekinge-sprututbyte/']],
  ['avgiftning', 'top3', ['/mottagningar/region-blekinge-beroendeavdelning/', '/mottagningar/region-blekinge-beroendemottagning/']],
  ['beroendemottagningen', 'first', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['beroendekliniken', 'first', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['metadon', 'first', ['/mottagningar/region-blekinge-laro/']],
  ['subutex', 'first', ['/mottagningar/region-blekinge-laro/']],
  ['tramadol', 'top3', ['/mottagningar/region-blekinge-laro/', '/kunskap/laro/']],
  ['LARO', 'first', ['/mottagningar/region-blekinge-laro/']],
  ['BUP', 'first', ['/mottagningar/bup-blekinge/']],
  ['barnpsyk', 'first', ['/mottagningar/bup-blekinge/']],
  ['personligt ombud', 'first', ['/mottagningar/personligt-ombud-blekinge/']],
  ['ungdomsmottagning', 'first', ['/mottagningar/ungdomsmottagningar-blekinge/']],
  ['UM', 'first', ['/mottagningar/ungdomsmottagningar-blekinge/']],
  ['socialjouren', 'first', ['/mottagningar/sydostjouren/']],
  ['närakuten', 'first', ['/mottagningar/narakut-vastra-blekinge/']],
  ['benso', 'top3', ['/kunskap/lakemedel/', '/mottagningar/region-blekinge-beroendemottagning/']],
  ['sömntabletter', 'top3', ['/kunskap/lakemedel/', '/mottagningar/region-blekinge-beroendemottagning/']],
  // The municipality's social services and a place with a need.
  ['socialen', 'first', socialServices],
  ['soc', 'first', socialServices],
  ['soc ronneby', 'top3', ['/mottagningar/ronneby-socialtjanst-vuxen/']],
  ['socialtjänsten karlshamn', 'top3', ['/mottagningar/karlshamn-socialtjanst-vuxen/']],
  ['sölvesborg socialtjänst', 'top3', ['/mottagningar/solvesborg-socialtjanst-vuxen/']],
  ['karlshamn missbruk', 'top3', ['/mottagningar/karlshamn-socialtjanst-vuxen/']],
  ['olofström anhörig', 'top3', ['/mottagningar/olofstrom-anhorigstod/', '/for-anhoriga/stod/olofstrom-anhorigstod-samtal/']],
  ['anhörigstöd ronneby', 'top3', ['/mottagningar/ronneby-anhorigstod/', '/for-anhoriga/stod/ronneby-anhorigstod-samtal/']],
  ['sprutbyte karlskrona', 'top3', ['/mottagningar/region-blekinge-sprututbyte/']],
  ['beroendemottagningen karlskrona', 'top3', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['Ronneby', 'first', ['/hitta-hjalp/ronneby/']],
  ['solvesborg', 'first', ['/hitta-hjalp/solvesborg/']],
  ['olofstrom', 'first', ['/hitta-hjalp/olofstrom/']],
  // Organisations and lines, by name and abbreviation.
  ['NA', 'first', ['/stodlinjer/anonyma-narkomaner/']],
  ['AA', 'first', ['/stodlinjer/anonyma-alkoholister/']],
  ['anonyma alkoholister', 'first', ['/stodlinjer/anonyma-alkoholister/']],
  ['alkoholhjälpen', 'first', ['/stodlinjer/alkoholhjalpen/']],
  ['droghjälpen', 'first', ['/stodlinjer/droghjalpen/']],
  ['hjälplinjen', 'first', ['/stodlinjer/hjalplinjen/']],
  ['stödlinjen', 'top3', ['/stodlinjer/stodlinjen-spel/', '/for-anhoriga/stod/stodlinjen-spel-anhoriga/']],
  ['1177', 'first', ['/stodlinjer/vardguiden-1177/']],
  ['giftinformation', 'first', ['/stodlinjer/giftinformation/']],
  ['bris', 'top3', ['/stodlinjer/bris/', '/for-anhoriga/stod/bris-for-unga-anhoriga/']],
  ['al-anon', 'first', ['/for-anhoriga/stod/al-anon-och-alateen/']],
  ['maskrosbarn', 'first', ['/for-anhoriga/stod/maskrosbarn/']],
  ['spelberoendes riksförbund', 'top3', ['/stodlinjer/spelberoendes-riksforbund/', '/for-anhoriga/stod/spelberoendes-anhorigstod/']],
  ['CRAFT', 'first', ['/for-anhoriga/stod/craft-information/']],
  ['trappan', 'first', ['/for-anhoriga/stod/trappan-ronneby/']],
  // Kinds of support, in the words people use for them.
  ['anhöriggrupp', 'top3', groups],
  ['självhjälpsgrupp', 'top3', groups],
  ['samtalsstöd', 'top3', talksForRelatives],
  ['föräldrastöd', 'first', ['/stodlinjer/foraldralinjen/']],
  ['anhörigkurs', 'top3', ['/for-anhoriga/stod/craft-information/', '/for-anhoriga/stod/trappan-ronneby/']],
  ['stödgrupp för barn', 'first', ['/for-anhoriga/stod/stodgrupper-for-barn/']],
  // Knowledge.
  ['tvångsvård', 'first', ['/kunskap/tvangsvard-lvm-och-lpt/']],
  ['LVM', 'first', ['/kunskap/tvangsvard-lvm-och-lpt/']],
  ['sekretess', 'first', ['/kunskap/sekretess-och-samtycke/']],
  ['naloxon', 'top3', ['/kunskap/sprututbyte-och-naloxon/']],
  ['gräs', 'top3', ['/kunskap/cannabis/']],
  ['knark', 'top3', ['/kunskap/narkotika/', '/testa-dina-vanor/dudit/', '/stodlinjer/droghjalpen/']],
  ['vad kostar det', 'top3', ['/kunskap/kostnader/']],
  ['kakor', 'first', ['/integritet/']],
  // Misspellings and slang.
  ['spelberonde', 'top3', ['/for-anhoriga/stod/spelberoendes-anhorigstod/', '/stodlinjer/spelberoendes-riksforbund/', '/kunskap/spel-om-pengar/']],
  ['narkotka', 'top3', ['/stodlinjer/droghjalpen/', '/kunskap/narkotika/', '/testa-dina-vanor/dudit/']],
  ['beroendemotagningen', 'first', ['/mottagningar/region-blekinge-beroendemottagning/']],
  ['alkis', 'top3', ['/stodlinjer/alkoholhjalpen/', '/stodlinjer/anonyma-alkoholister/', '/kunskap/alkohol/']],
  ['spelmissbruk', 'top3', ['/stodlinjer/stodlinjen-spel/', '/stodlinjer/spelberoendes-riksforbund/', '/for-anhoriga/stod/spelberoendes-anhorigstod/']],
];

test(`${expectations.length} queries as residents type them find their page first or among the first three`, async ({ page, offsite, cspViolations }) => {
  expect(expectations.length).toBeGreaterThanOrEqual(60);
  await page.goto('/sok/');
  const misses: string[] = [];
  for (const [query, place, answers] of expectations) {
    await searchFor(page, query);
    const shown = (await resultUrls(page)).slice(0, place === 'first' ? 1 : 3);
    if (!shown.some((url) => answers.includes(url))) misses.push(`${query} (${place === 'first' ? 'först' : 'bland de tre första'}): ${shown.join(', ') || 'inga träffar'}`);
  }
  const passed = expectations.length - misses.length;
  console.log(`Sökfrågor: ${passed} av ${expectations.length} rätt (${Math.round((100 * passed) / expectations.length)} %).`);
  expect(misses).toEqual([]);
  expect(offsite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

// A service's, programme's or line's own page outranks the pages that mention it in passing. A
// programme that is one of the national lines may be answered by the line's own page.
const ownPages = realContent()
  .filter((entry) => ['services', 'programmes', 'helplines'].includes(entry.collection))
  .map((entry) => {
    const own = { services: `/mottagningar/${entry.id}/`, programmes: `/for-anhoriga/stod/${entry.id}/`, helplines: `/stodlinjer/${entry.id}/` }[entry.collection as 'services'];
    const line = entry.collection === 'programmes' && entry.data.helpline ? `/stodlinjer/${String(entry.data.helpline)}/` : undefined;
    return { name: entry.data.name as string, answers: [own, ...(line ? [line] : [])] };
  });

test(`each of the ${ownPages.length} services, programmes and lines is the first result for its own name`, async ({ page }) => {
  await page.goto('/sok/');
  const misses: string[] = [];
  for (const { name, answers } of ownPages) {
    await searchFor(page, name);
    const first = (await resultUrls(page))[0];
    if (!answers.includes(first ?? '')) misses.push(`${name}: ${first}`);
  }
  expect(misses).toEqual([]);
});
