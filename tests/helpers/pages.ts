// URLs of the built pages, as the browser tests visit them through nginx.
import { kindOfPath, type PageKind } from '../../src/lib/content/page-kinds.ts';
import { builtPages } from './dist.ts';

/** Every page; the 404 page is visited at an address that does not exist. */
export const allPageUrls = builtPages().map((p) => (p.url === '/404.html' ? '/finns-inte/' : p.url));

/** Pages of the kinds whose steps share one template (src/lib/content/page-kinds.ts). */
const generatedStep = (url: string) => kindOfPath(url)?.axe === 'sample';

/**
 * The pages the slower browser checks visit (axe, privacy, without JavaScript): every page except
 * the navigator's and the relatives' guide's generated steps, and of those a sample that covers
 * every question, every concern and every municipality. The steps share one template, and the
 * cards they show are checked on the municipality and service pages; every step still gets the
 * HTML, link, weight and no-other-host checks on the built files (tests/site/), and the answer-first
 * geometry in the browser.
 */
export const sampledPageUrls = (() => {
  const places = ['karlskrona', 'ronneby', 'karlshamn', 'olofstrom', 'solvesborg', 'utanfor-blekinge'];
  const concerns = ['alkohol', 'narkotika', 'lakemedel', 'spel', 'flera', 'vet-inte'];
  const sample = new Set<string>();
  // At least the first page of every sampled kind.
  const sampledKinds = new Set<PageKind>();
  for (const url of allPageUrls.filter(generatedStep)) {
    const kind = kindOfPath(url)!;
    if (!sampledKinds.has(kind)) sample.add(url);
    sampledKinds.add(kind);
  }
  for (const who of ['for-mig', 'for-nagon-annan', 'jag-ar-under-18']) {
    sample.add(`/hitta-hjalp/${who}/`);
    sample.add(`/hitta-hjalp/${who}/alkohol/`);
    concerns.forEach((concern, i) => {
      const place = places[i % places.length];
      // The place's page and one of its answers, a different one for each concern: every age is
      // still visited, for every concern and every place, without all their combinations.
      const placePage = `/hitta-hjalp/${who}/${concern}/${place}/`;
      const answers = allPageUrls.filter((url) => url.startsWith(placePage) && url !== placePage);
      if (allPageUrls.includes(placePage)) sample.add(placePage);
      if (answers.length > 0) sample.add(answers[i % answers.length]!);
    });
  }
  // The relatives' guide: every question for one relation of each kind, and each want's result
  // once (from the first relation that has it).
  const guideResult = /^\/for-anhoriga\/guide\/(foralder|barn)\/(vuxen\/|under-18\/)?karlshamn\/([a-z-]+)\/$/;
  const wantsSeen = new Set<string>();
  for (const url of allPageUrls) {
    const result = guideResult.exec(url);
    if (result) {
      if (!wantsSeen.has(result[3]!)) sample.add(url);
      wantsSeen.add(result[3]!);
    } else if (/^\/for-anhoriga\/guide\/(foralder|barn)\/(vuxen\/|under-18\/)?(karlshamn\/)?$/.test(url)) sample.add(url);
  }
  return allPageUrls.filter((url) => !generatedStep(url) || sample.has(url));
})();
